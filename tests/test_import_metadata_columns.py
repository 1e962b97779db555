# SPDX-License-Identifier: GPL-3.0-or-later
"""What servers add to every submission, through cartong:importsurvey: Kobo's ``formhub/uuid``,
``meta/instanceID`` and ``meta/rootUuid`` were warned "not in the form" on every import, which could
hide a real stray column.
"""

from __future__ import annotations

from tests.real_imports import import_with_messages
from tests.xlsform_files import write_form


def test_kobo_metadata_columns_are_not_said_to_be_missing_from_the_form(cartong_provider, tmp_path):
    form = write_form(tmp_path / "form.xlsx", [["type", "name", "label"], ["integer", "hh_size", "Household size"]])
    data = tmp_path / "export.csv"
    data.write_text(
        "hh_size,stray,formhub/uuid,meta/instanceID,meta/rootUuid,meta/deprecatedID,_id,_uuid\n"
        "4,x,f1,uuid:a,uuid:a,,1,a\n",
        encoding="utf-8",
    )
    _result, warnings = import_with_messages(data, tmp_path / "out.gpkg", form)
    said = [w for w in warnings if "not in the form" in w]
    assert said == ["export.csv: 1 column(s) are not in the form and were imported as text: stray"]
