"""The home page's start section links tools: the job-offer check and the trip plan."""

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0018_page_reads'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HomePageToolLink',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('text', models.CharField(help_text="One sentence under the tool's title: what the reader does and gets.", max_length=200, verbose_name='text')),
                ('text_ru', models.CharField(help_text="One sentence under the tool's title: what the reader does and gets.", max_length=200, null=True, verbose_name='text')),
                ('text_be', models.CharField(help_text="One sentence under the tool's title: what the reader does and gets.", max_length=200, null=True, verbose_name='text')),
                ('text_en', models.CharField(help_text="One sentence under the tool's title: what the reader does and gets.", max_length=200, null=True, verbose_name='text')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='tool_links', to='pages.homepage')),
                ('tool', models.ForeignKey(limit_choices_to={'content_type__app_label': 'pages', 'content_type__model__in': ('jobcheckpage', 'tripplanpage')}, on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='tool')),
            ],
            options={
                'verbose_name': 'tool link',
                'ordering': ['sort_order'],
                'abstract': False,
            },
        ),
    ]
