// The trip plan's and the wallet card's Print button: hidden in the page, shown here,
// so that a browser without JavaScript shows no button that does nothing.
document.querySelectorAll("[data-print-button]").forEach((holder) => {
  holder.hidden = false;
  holder.querySelector("button").addEventListener("click", () => window.print());
});
