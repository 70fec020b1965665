"""Media on shared storage: with a bucket named, uploads go to S3-compatible storage,
so that several app servers see the same files, and their URLs stay on the site's
own host. Nothing here reaches the network."""

from tests.test_production_settings import start_production

DESCRIBE_STORAGE = """
import django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
default_storage = storages["default"]
print(type(default_storage).__name__)
print(default_storage.url("original_images/poster.jpg"))
print(default_storage.bucket_name, default_storage.endpoint_url, default_storage.region_name)
print(default_storage.file_overwrite, default_storage.querystring_auth)
"""

BUCKET = {
    "DJANGO_SETTINGS_MODULE": "lastrada_site.settings.production",
    "AWS_STORAGE_BUCKET_NAME": "lastrada-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
    "AWS_S3_REGION_NAME": "eu-central-1",
    "AWS_S3_CUSTOM_DOMAIN": "example.org",
    "AWS_ACCESS_KEY_ID": "test-key-id",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
}


def test_without_a_bucket_media_stay_on_the_local_disk():
    result = start_production(
        DESCRIBE_STORAGE.split("print(default_storage.bucket_name")[0],
        DJANGO_SETTINGS_MODULE="lastrada_site.settings.production",
        AWS_STORAGE_BUCKET_NAME=None,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "FileSystemStorage",
        "/media/original_images/poster.jpg",
    ]


def test_a_bucket_puts_media_on_s3_under_the_sites_own_address():
    result = start_production(DESCRIBE_STORAGE, **BUCKET)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "S3Storage",
        "https://example.org/media/original_images/poster.jpg",
        "lastrada-media https://s3.example.net eu-central-1",
        # Two uploads of the same name both stay; public URLs carry no signature.
        "False False",
    ]


def test_a_bucket_without_the_sites_own_host_is_refused():
    for custom_domain in (None, "lastrada-media.s3.example.net"):
        result = start_production(**{**BUCKET, "AWS_S3_CUSTOM_DOMAIN": custom_domain})

        assert result.returncode != 0
        assert "set AWS_S3_CUSTOM_DOMAIN to this site's own host" in result.stderr
