# SPDX-License-Identifier: GPL-3.0-or-later
"""ODK Central client and sync (sessions, OData paging, repeats, GeoJSON), over real HTTP."""

from __future__ import annotations

import json

import pytest

from tests.servers.fake_kobo_odk import FORM_ID, ODK_APP_TOKEN, ODK_EMAIL, ODK_PASSWORD, PROJECT_ID, make_record
from tests.servers.geopackage import gpkg_rows as _rows

pytest_plugins = ["tests.servers.fixtures"]  # fake_server, no_sleep

RUODK = "ropensci+ruODK/tests/fixtures/decoded"


def _odk(server, **options):
    from cartong_plugin.core.servers.odk_central import OdkCentralClient

    return OdkCentralClient(server.url, email=ODK_EMAIL, password=ODK_PASSWORD, **options)


def test_session_login_then_projects_and_forms_with_bearer_token(qgis_app, fake_server):
    client = _odk(fake_server)
    assert [(p.id, p.name) for p in client.list_projects()] == [(PROJECT_ID, "CAR WASH assessment")]
    forms = client.list_forms(PROJECT_ID)
    assert [(f.xml_form_id, f.state, f.submissions) for f in forms] == [(FORM_ID, "open", 250)]
    assert [r["path"] for r in fake_server.state.requests][:1] == ["/v1/sessions"]
    assert client.http.session.headers["Authorization"].startswith("Bearer session")


def test_forms_give_the_last_submission_date_from_the_extended_metadata(qgis_app, fake_server):
    form = _odk(fake_server).list_forms(PROJECT_ID)[0]
    # the fake adds lastSubmission only when the request asks for X-Extended-Metadata, as Central does
    assert form.last_submission == make_record(249, "")["_submission_time"] + ".000Z"
    fake_server.add_records(2)
    assert (
        _odk(fake_server).list_forms(PROJECT_ID)[0].last_submission
        == make_record(251, "")["_submission_time"] + ".000Z"
    )


def test_wrong_password_says_the_credentials_are_wrong(qgis_app, fake_server):
    from cartong_plugin.core.servers.odk_central import OdkCentralClient
    from cartong_plugin.core.servers.server_errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed, match="wrong or has expired") as err:
        OdkCentralClient(fake_server.url, email=ODK_EMAIL, password="not-the-password-42")
    assert "not-the-password-42" not in str(err.value)


def test_app_user_token_goes_in_the_key_path(qgis_app, fake_server):
    from cartong_plugin.core.servers.odk_central import OdkCentralClient

    client = OdkCentralClient(fake_server.url, app_user_token=ODK_APP_TOKEN)
    assert client.list_forms(PROJECT_ID)[0].xml_form_id == FORM_ID
    assert fake_server.state.requests[-1]["path"] == f"/v1/key/{ODK_APP_TOKEN}/projects/{PROJECT_ID}/forms"


def test_fields_become_formspec_with_groups_repeats_and_types(qgis_app, fake_server):
    form = _odk(fake_server).read_form(PROJECT_ID, FORM_ID)
    assert form.questions["admin1"].group == "identification"
    assert form.questions["hh_size"].type == "integer"
    assert form.questions["water_problems"].type == "select_multiple"
    assert form.questions["member_age"].repeat == "members"
    assert "instanceID" not in form.questions  # meta fields are not questions
    fields = [r for r in fake_server.state.requests if r["path"].endswith("/fields")]
    assert [r["query"] for r in fields] == [{"odata": "true"}]


def test_odata_paging_uses_top_skip_count_expand_and_geojson(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.records import RecordSpool

    with RecordSpool(tmp_path) as spool:
        stats = _odk(fake_server).download_submissions(PROJECT_ID, FORM_ID, spool, page_size=100)
        records = list(spool)
    assert stats.records == len(records) == 250 and stats.pages == 3 and stats.server_count == 250
    asked = [r["query"] for r in fake_server.state.requests if r["path"].endswith(".svc/Submissions")]
    pages, ids = asked[:3], asked[3:]
    assert [p["$skip"] for p in pages] == ["0", "100", "200"]
    assert {(p["$top"], p["$count"], p["$wkt"], p["$expand"]) for p in pages} == {("100", "true", "false", "*")}
    # pages by position are checked against the list of ids, asked apart: $select cannot go with $expand
    assert ids == [{"$select": "__id", "$top": "1"}, {"$select": "__id"}]
    newest = make_record(249, "")  # Central serves the newest first
    assert records[0]["_uuid"] == newest["_uuid"] and records[-1]["_uuid"] == make_record(0, "")["_uuid"]
    lat, lon = newest["location"].split()[:2]
    assert records[0]["location"].split()[:2] == [lat, lon]  # GeoJSON [lon, lat] back to ODK order
    assert records[0]["identification/admin2"] == newest["identification/admin2"]
    assert records[0]["members"][0]["members/member_age"] == int(newest["members"][0]["members/member_age"])


def test_sync_writes_points_and_expanded_repeats(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.sync import sync_odk

    gpkg = tmp_path / "odk.gpkg"
    result = sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD)
    assert result.total_records == 250
    first = make_record(0, "")
    lat, lon = (float(v) for v in first["location"].split()[:2])
    assert _rows(gpkg, f"SELECT ST_X(geom), ST_Y(geom), hh_size FROM survey WHERE _uuid = '{first['_uuid']}'") == [
        (pytest.approx(lon), pytest.approx(lat), int(first["household/hh_size"]))
    ]
    members = sum(len(make_record(i, "")["members"]) for i in range(250))
    assert _rows(gpkg, "SELECT COUNT(*) FROM raw_members") == [(members,)]
    assert _rows(gpkg, "SELECT COUNT(DISTINCT _submission__uuid) FROM members") == [(250,)]


def test_update_filters_on_submission_date_and_appends(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.sync import sync_odk

    gpkg = tmp_path / "odk.gpkg"
    sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD)
    fake_server.add_records(4)
    fake_server.state.requests.clear()
    result = sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, update=True)
    assert (result.new_records, result.total_records) == (4, 254)
    query = [r["query"] for r in fake_server.state.requests if r["path"].endswith(".svc/Submissions")][0]
    assert query["$filter"] == f"__system/submissionDate gt {make_record(249, '')['_submission_time']}.000Z"
    assert _rows(gpkg, "SELECT COUNT(DISTINCT _uuid) FROM raw_survey") == [(254,)]


def test_xlsform_labels_are_used_when_given(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.kobo import KoboClient
    from cartong_plugin.core.servers.sync import sync_odk
    from tests.servers.fake_kobo_odk import ASSET_UID, KOBO_TOKEN

    form = KoboClient(fake_server.url, KOBO_TOKEN).read_form(ASSET_UID)  # the same form, with its labels
    gpkg = tmp_path / "odk.gpkg"
    sync_odk(
        fake_server.url,
        PROJECT_ID,
        FORM_ID,
        gpkg,
        email=ODK_EMAIL,
        password=ODK_PASSWORD,
        form_spec=form,
        language="fr",
    )
    first = make_record(0, "")
    expected = {"female": "Femme", "male": "Homme"}[first["household/head_gender"]]
    assert _rows(gpkg, f"SELECT head_gender_label FROM survey WHERE _uuid = '{first['_uuid']}'") == [(expected,)]


def test_attachments_are_listed_then_downloaded(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.attachments import attachments_dir
    from cartong_plugin.core.servers.sync import sync_odk

    gpkg = tmp_path / "odk.gpkg"
    result = sync_odk(
        fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, attachments=True
    )
    files = sorted(attachments_dir(gpkg).rglob("*.jpg"))
    assert result.attachments == len(files) == 25
    assert (attachments_dir(gpkg) / make_record(10, "")["_uuid"] / "photo_10.jpg").is_file()


def test_real_recorded_odata_submission_is_normalised(qgis_app, real_data_dir):
    from cartong_plugin.core.servers.odk_central import normalise_odata_record

    page = json.loads((real_data_dir / RUODK / "test_odata_submission_get0.json").read_text(encoding="utf-8"))
    record = normalise_odata_record(page["value"][0])
    assert record["_uuid"] == "469f71d3-d7aa-4c74-8aaa-af5f667a2f28"
    assert record["_submission_time"] == "2020-11-02T04:19:45.451Z"
    assert record["_submitted_by"] == "ruODK"
    assert record["location/corner1"].split()[:2] == ["-31.9959554", "115.8843989"]
    assert record["location/corner1"].split()[3] == "4.625"  # GeoJSON accuracy kept
    assert record["habitat/morphological_type"] == "flat"
    assert not any("navigationLink" in key for key in record)


def test_real_recorded_odata_with_null_points_is_normalised(qgis_app, real_data_dir):
    from cartong_plugin.core.servers.odk_central import normalise_odata_record

    page = json.loads((real_data_dir / RUODK / "test_odata_submission_parse1.json").read_text(encoding="utf-8"))
    record = normalise_odata_record(page["value"][0])
    assert record["perimeter/corner2"] is None and record["location/quadrat_photo"] is None


def test_submission_arriving_mid_download_is_not_duplicated_and_comes_with_it(qgis_app, fake_server, tmp_path):
    """It arrives after page 1 and shifts the pages; the check of the pages against the server's list of ids
    (``odk_completeness``) brings it with this download, and the update adds nothing twice."""
    from cartong_plugin.core.servers.sync import sync_odk

    fake_server.inject(".svc/Submissions", count_delta=1)
    gpkg = tmp_path / "odk.gpkg"
    result = sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, page_size=100)
    assert result.total_records == 251
    assert _rows(gpkg, "SELECT COUNT(DISTINCT _uuid), COUNT(*) FROM raw_survey") == [(251, 251)]
    update = sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, update=True)
    assert update.new_records == 0
    assert _rows(gpkg, "SELECT COUNT(DISTINCT _uuid), COUNT(*) FROM raw_survey") == [(251, 251)]


def test_labels_and_choices_come_from_the_xform_without_an_xlsform(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.sync import sync_odk

    form = _odk(fake_server).read_form(PROJECT_ID, FORM_ID)
    assert form.languages == ["English (en)", "Français (fr)"] and form.default_language == "English (en)"
    assert form.label("hh_size", "fr") == "Taille du ménage"
    assert form.questions["head_gender"].type == "select_one"  # /fields alone says "string"
    assert form.choice_label("water_source", "river", "fr") == "Rivière"
    gpkg = tmp_path / "odk.gpkg"
    sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, language="fr")
    first = make_record(0, "")
    expected = {"female": "Femme", "male": "Homme"}[first["household/head_gender"]]
    assert _rows(gpkg, f"SELECT head_gender_label FROM survey WHERE _uuid = '{first['_uuid']}'") == [(expected,)]


def test_missing_xform_falls_back_to_names(qgis_app, fake_server):
    fake_server.inject(f"{FORM_ID}.xml", status=404)
    form = _odk(fake_server).read_form(PROJECT_ID, FORM_ID)
    assert form.label("hh_size") == "hh_size" and form.questions["hh_size"].type == "integer"


def test_real_xform_labels_and_inline_choices_are_read(qgis_app, real_data_dir):
    from cartong_plugin.core.servers.odk_xform import read_xform

    xml = (real_data_dir / "ropensci+ruODK/inst/extdata/FloraQuadrat04.xml").read_bytes()
    xform = read_xform(xml)
    assert xform["languages"] == ["English"]
    assert xform["labels"]["location/area_name"] == {"English": "Quadrat name"}
    assert xform["lists"]["habitat/morphological_type"] == "morphological_type"
    codes = [c.name for c in xform["choices"]["morphological_type"]]
    assert codes[:2] == ["crest", "upper-slope"] and "flat" in codes
    assert all(c.labels.get("English") for c in xform["choices"]["morphological_type"])


@pytest.mark.parametrize("expand", ["refuse", "ignore"])
def test_server_without_expand_gives_the_same_tables_from_the_repeat_tables(qgis_app, fake_server, tmp_path, expand):
    from cartong_plugin.core.servers.sync import sync_odk

    inline = tmp_path / "inline" / "odk.gpkg"  # same name: attachment links name the GeoPackage
    sync_odk(fake_server.url, PROJECT_ID, FORM_ID, inline, email=ODK_EMAIL, password=ODK_PASSWORD, page_size=100)
    fake_server.state.expand = expand  # "refuse": HTTP 501; "ignore": navigation links only (Central < 1.2)
    fake_server.state.requests.clear()
    joined = tmp_path / "joined" / "odk.gpkg"
    result = sync_odk(
        fake_server.url, PROJECT_ID, FORM_ID, joined, email=ODK_EMAIL, password=ODK_PASSWORD, page_size=100
    )
    assert result.total_records == 250
    for table in ("raw_survey", "raw_members", "survey", "members"):
        expected = _rows(inline, f"SELECT * FROM {table} ORDER BY fid")
        assert _rows(joined, f"SELECT * FROM {table} ORDER BY fid") == expected, table
    members = sum(len(make_record(i, "")["members"]) for i in range(250))
    tables = [r["path"].rsplit(".svc/", 1)[-1] for r in fake_server.state.requests if ".svc/" in r["path"]]
    assert tables.count("Submissions.members") == -(-members // 100)  # every page of the repeat table
    retried = [r["query"] for r in fake_server.state.requests if r["path"].endswith(".svc/Submissions")][1:]
    assert retried and not any("$expand" in q for q in retried)


def test_update_without_expand_keeps_only_the_new_submissions_repeats(qgis_app, fake_server, tmp_path):
    from cartong_plugin.core.servers.sync import sync_odk

    fake_server.state.expand = "refuse"
    gpkg = tmp_path / "odk.gpkg"
    sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD)
    fake_server.add_records(3)
    result = sync_odk(fake_server.url, PROJECT_ID, FORM_ID, gpkg, email=ODK_EMAIL, password=ODK_PASSWORD, update=True)
    assert result.new_records == 3
    members = sum(len(make_record(i, "")["members"]) for i in range(253))
    assert _rows(gpkg, "SELECT COUNT(*), COUNT(DISTINCT _submission__uuid) FROM raw_members") == [(members, 253)]


def test_repeat_tables_are_named_by_path_and_linked_to_their_parent(qgis_app):
    from cartong_plugin.core.servers.odk_repeats import repeat_tables

    fields = [
        {"path": "/household", "type": "structure"},
        {"path": "/household/members", "type": "repeat"},
        {"path": "/household/members/name", "type": "string"},
        {"path": "/household/members/visits", "type": "repeat"},
        {"path": "/plots", "type": "repeat"},
    ]
    tables = {t.name: (t.parent, t.parent_key, t.within) for t in repeat_tables(fields)}
    assert tables == {
        "Submissions.household.members": ("Submissions", "__Submissions-id", ["household", "members"]),
        "Submissions.household.members.visits": (
            "Submissions.household.members",
            "__Submissions-household-members-id",
            ["visits"],
        ),
        "Submissions.plots": ("Submissions", "__Submissions-id", ["plots"]),
    }


def test_real_recorded_repeat_table_rows_join_their_submission(qgis_app, real_data_dir, tmp_path):
    from cartong_plugin.core.servers.odk_central import normalise_odata_record
    from cartong_plugin.core.servers.odk_repeats import RepeatRows, attach_repeats, repeat_tables, repeats_left_out

    folder = real_data_dir / RUODK
    submissions = json.loads((folder / "test_odata_submission_get0.json").read_text(encoding="utf-8"))["value"]
    strata = json.loads((folder / "test_odata_submission_get2.json").read_text(encoding="utf-8"))["value"]
    assert repeats_left_out(submissions)  # recorded without $expand: navigation links only
    tables = repeat_tables(
        [{"path": "/vegetation_stratum", "type": "repeat"}, {"path": "/taxon_encounter", "type": "repeat"}]
    )
    with RepeatRows(tmp_path) as store:
        store.add(tables[0], strata)
        record = normalise_odata_record(attach_repeats(submissions[0], "Submissions", tables, store))
    assert not any(tmp_path.iterdir())  # the temporary table is gone
    items = record["vegetation_stratum"]
    assert [i["vegetation_stratum/dominant_species_1"] for i in items] == [s["dominant_species_1"] for s in strata]
    assert [i["vegetation_stratum/__id"] for i in items] == [s["__id"] for s in strata]
    assert "taxon_encounter" not in record  # no rows downloaded for it: no column, as Kobo leaves it out


@pytest.mark.parametrize("app_user", [True, False])
def test_refused_app_user_is_told_that_app_users_cannot_read_data(qgis_app, fake_server, app_user):
    from cartong_plugin.core.servers.odk_central import OdkCentralClient
    from cartong_plugin.core.servers.server_errors import PermissionDenied

    fake_server.inject("/forms", status=403)
    credentials = {"app_user_token": ODK_APP_TOKEN} if app_user else {"email": ODK_EMAIL, "password": ODK_PASSWORD}
    client = OdkCentralClient(fake_server.url, **credentials)
    with pytest.raises(PermissionDenied) as refused:
        client.list_forms(PROJECT_ID)
    message = str(refused.value)
    assert "HTTP 403" in message
    assert ("app users can send submissions but not read them" in message) is app_user
    assert ("lacks permission" in message) is not app_user


# A form with a repeat inside a repeat (household/members, then members/visits), as Central's /fields gives it
NESTED_FIELDS = [
    {"path": "/household", "type": "structure"},
    {"path": "/household/members", "type": "repeat"},
    {"path": "/household/members/member_name", "type": "string"},
    {"path": "/household/members/visits", "type": "repeat"},
    {"path": "/household/members/visits/visit_day", "type": "date"},
    {"path": "/meta", "type": "structure"},
    {"path": "/meta/instanceID", "type": "string"},
]


def _nested_submissions():
    """Two submissions as $expand=* gives them: s1 has members m1 (visits v1, v2) and m2 (v3); s2 has m3 (v4)."""

    def member(mid, name, visits):
        return {"__id": mid, "member_name": name, "visits": [{"__id": vid, "visit_day": day} for vid, day in visits]}

    return [
        {
            "__id": "uuid:s1",
            "meta": {"instanceID": "uuid:s1"},
            "household": {
                "members": [
                    member("m1", "Awa", [("v1", "2024-03-01"), ("v2", "2024-03-09")]),
                    member("m2", "Binta", [("v3", "2024-04-02")]),
                ]
            },
        },
        {
            "__id": "uuid:s2",
            "meta": {"instanceID": "uuid:s2"},
            "household": {"members": [member("m3", "Chidi", [("v4", "2024-05-05")])]},
        },
    ]


def _left_out(submissions):
    """The same data as a Central without $expand serves it: navigation links, then one table per repeat,
    each row naming its parent row's __id (the visits' parent is a member, not the submission)."""
    rows, members, visits = [], [], []
    for sub in reversed(submissions):  # Central lists the newest submission first
        link = f"Submissions('{sub['__id']}')"
        rows.append(
            {
                "__id": sub["__id"],
                "meta": sub["meta"],
                "household": {"members@odata.navigationLink": f"{link}/household/members"},
            }
        )
        for m in sub["household"]["members"]:
            members.append(
                {
                    "__id": m["__id"],
                    "__Submissions-id": sub["__id"],
                    "member_name": m["member_name"],
                    "visits@odata.navigationLink": f"{link}/household/members('{m['__id']}')/visits",
                }
            )
            visits.extend({**v, "__Submissions-household-members-id": m["__id"]} for v in m["visits"])
    return rows[::-1], members, visits


def test_nested_repeat_items_join_their_parent_item_not_the_submission(qgis_app, tmp_path):
    from cartong_plugin.core.servers.odk_central import form_spec_from_fields, normalise_odata_record
    from cartong_plugin.core.servers.odk_repeats import RepeatRows, attach_repeats, repeat_tables, repeats_left_out
    from cartong_plugin.core.servers.records import RecordFlattener

    form = form_spec_from_fields(NESTED_FIELDS, "nested")
    rows, members, visits = _left_out(_nested_submissions())
    assert repeats_left_out(rows)  # the link to the members is inside the household group
    tables = {t.name: t for t in repeat_tables(NESTED_FIELDS)}
    with RepeatRows(tmp_path) as store:
        assert list(tmp_path.iterdir()) == [store.path]  # personal data stays beside the download, not in /tmp
        store.add(tables["Submissions.household.members.visits"], visits)
        store.add(tables["Submissions.household.members"], members)
        joined = [
            normalise_odata_record(attach_repeats(row, "Submissions", list(tables.values()), store)) for row in rows
        ]
    assert joined == [normalise_odata_record(row) for row in _nested_submissions()]  # as $expand=* gives them
    flattener = RecordFlattener(form, "raw_survey")
    flats = [flattener.flatten(record) for record in joined]
    member_rows = [r for f in flats for r in f.repeats["members"]]
    visit_rows = [r for f in flats for r in f.repeats["visits"]]
    parent_of = {r["household/members/__id"]: r["_index"] for r in member_rows}
    assert [
        (r["household/members/visits/visit_day"], r["_parent_table_name"], r["_parent_index"]) for r in visit_rows
    ] == [
        ("2024-03-01", "members", parent_of["m1"]),
        ("2024-03-09", "members", parent_of["m1"]),
        ("2024-04-02", "members", parent_of["m2"]),
        ("2024-05-05", "members", parent_of["m3"]),
    ]
    assert [r["_submission__uuid"] for r in visit_rows] == ["s1", "s1", "s1", "s2"]
    assert form.questions["visit_day"].repeat == "visits" and form.questions["member_name"].repeat == "members"
