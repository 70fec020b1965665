"""The statistics page type now belongs to the hotline app (its table stays)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('pages', '0016_check_notes_and_example_phone'),
        ('hotline', '0011_statistics_page_moves_here'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="HotlineStatisticsPage")],
            database_operations=[],
        ),
    ]
