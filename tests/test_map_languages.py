# SPDX-License-Identifier: GPL-3.0-or-later
"""Maps in Spanish, Portuguese and Arabic, as cartong:exportmappdf writes them: every map text in the
chosen language, dates as that language writes them, neighbouring countries named in it, and Arabic
maps laid out right to left in a font with Arabic letters, read back from the PDF and its picture."""

from __future__ import annotations

import datetime
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QImage

from cartong_plugin.core.base.paths import resources_dir
from cartong_plugin.core.maps import aggregate, basemaps, fitting, layouts, map_texts, right_to_left
from tests.mapdata import admin_source, write_survey_points
from tests.test_layouts import map_strings

pytestmark = pytest.mark.usefixtures("collect_cycles")

PLAN = {
    "CF111": ["well"] * 8 + ["river"] * 2,
    "CF112": ["well", "tap", "tap"],
    "CF113": ["tap"] * 6,
    "CF121": ["river"] * 14,
}
SOURCES = "CartONG test survey; OCHA COD-AB"
AUTHOR = "Test author"
MONTHS = {
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
}
# What a count map says in each language (the translators' words, read back from the PDF).
COUNT_MAP_TEXTS = {
    "es": [
        "Envíos de la encuesta por unidad administrativa",
        "Leyenda",
        "Envíos por unidad administrativa",
        "Ningún envío",
        "Envío (posición GPS)",
        "Límite del nivel administrativo superior",
        "Fuentes: " + SOURCES,
        "Mapa: " + AUTHOR,
        "Sistema de coordenadas: WGS 84 / UTM zone",
        "Referencia del mapa: CTK-",
        "fondo de mapa Natural Earth",
        "km",
        "no implican reconocimiento ni aceptación oficial por parte de CartONG",
    ],
    "pt": [
        "Submissões do inquérito por unidade administrativa",
        "Legenda",
        "Submissões por unidade administrativa",
        "Nenhuma submissão",
        "Submissão (posição GPS)",
        "Limite do nível administrativo superior",
        "Fontes: " + SOURCES,
        "Mapa: " + AUTHOR,
        "Sistema de coordenadas: WGS 84 / UTM zone",
        "Referência do mapa: CTK-",
        "fundo de mapa Natural Earth",
        "km",
        "não implicam reconhecimento nem aceitação oficial por parte da CartONG",
    ],
    # Arabic lines mixing Latin words come back from pdftotext in display order: only Arabic runs here.
    "ar": [
        "إرسالات المسح حسب الوحدة الإدارية",
        "مفتاح الخريطة",
        "الإرسالات حسب الوحدة الإدارية",
        "لا توجد إرسالات",
        "حدود المستوى الإداري الأعلى",
        "المصادر",
        "التاريخ",
        "إعداد الخريطة",
        "نظام الإحداثيات",
        "مرجع الخريطة",
        "خلفية الخريطة",
        "كم",
        "لا تعني الحدود والأسماء",
        "والتسميات المستخدمة في هذه الخريطة أي تأييد أو قبول رسمي من",
    ],
}
ENGLISH_MAP_TEXTS = [
    "Survey submissions by admin area",
    "Legend",
    "Submissions per area",
    "No submissions",
    "GPS location",
    "Boundary of the upper",
    "Sources:",
    "Date:",
    "Map:",
    "Coordinate system",
    "Map reference",
    "basemap Natural Earth",
    "do not imply official endorsement",
]
SHARE_MAP_TEXTS = {
    "es": ["Datos insuficientes (menos de 5 envíos que responden)", "Sin datos", "Proporción de envíos (%)"],
    "pt": ["Dados insuficientes (menos de 5 submissões que respondem)", "Sem dados", "Proporção de submissões (%)"],
    "ar": ["بيانات غير كافية", "لا توجد بيانات", "نسبة الإرسالات"],
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def translations(monkeypatch, plugin_i18n):
    """Map texts come from the plugin's compiled translations (es, pt, ar with this branch's pending ones)."""
    monkeypatch.setattr(map_texts, "i18n_dir", lambda: plugin_i18n)
    return plugin_i18n


@pytest.fixture(scope="module")
def uris(tmp_path_factory):
    path, admin1, admin2 = admin_source()
    survey = write_survey_points(tmp_path_factory.mktemp("languages") / "survey.gpkg", PLAN)
    return {
        "admin1": f"{path}|layername={admin1}",
        "admin2": f"{path}|layername={admin2}",
        "survey": f"{survey}|layername=survey",
    }


def _run(algorithm_id, parameters):
    import processing

    return processing.run(algorithm_id, parameters, feedback=QgsProcessingFeedback())


def _counts(uris, tmp_path, **more) -> str:
    params = {
        "POINTS": uris["survey"],
        "ADMIN": uris["admin2"],
        "ADMIN_CODE": "adm2_pcode",
        "ADMIN_NAME": "adm2_name",
        "OUTPUT": str(tmp_path / "counts.gpkg"),
    }
    params.update(more)
    return _run("cartong:countbyadmin", params)["OUTPUT"]


def _export(uris, counts, output: Path, language: str, **more) -> Path:
    params = {
        "POLYGONS": counts,
        "COUNT_FIELD": "submissions",
        "POINTS": uris["survey"],
        "BOUNDARIES": uris["admin1"],
        "TITLE": "",
        "SOURCES": SOURCES,
        "AUTHOR": AUTHOR,
        "LANGUAGE": language,
        "OUTPUT": str(output),
    }
    params.update(more)
    return Path(_run("cartong:exportmappdf", params)["OUTPUT"])


def _pdf_text(path) -> str:
    """The PDF's text in logical order, Arabic presentation forms and ligatures folded, bidi marks out."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text)).split())


def _today(language: str) -> tuple[str, str]:
    """(day, year) of today's date as the map writes them: Arabic-Indic digits in Arabic."""
    today = datetime.date.today()
    day, year = str(today.day), str(today.year)
    return (day.translate(ARABIC_DIGITS), year.translate(ARABIC_DIGITS)) if language == "ar" else (day, year)


@pytest.mark.parametrize("language", ["es", "pt", "ar"])
def test_every_map_string_has_a_translation(language, plugin_i18n):
    """Every tr() of the map modules is translated (in i18n/cartong_<lang>.ts or this branch's pending JSON)."""
    import xml.etree.ElementTree as ET

    messages = {
        m.findtext("source"): m.find("translation")
        for m in ET.parse(plugin_i18n / f"cartong_{language}.ts").getroot().iter("message")
    }
    missing = [
        f"{module}: {source}"
        for module, source in map_strings()
        if messages.get(source) is None
        or not (messages[source].text or "").strip()
        or messages[source].get("type") == "unfinished"
    ]
    assert missing == []


@pytest.mark.parametrize("language", ["es", "pt", "ar"])
def test_count_map_writes_every_text_in_the_chosen_language(cartong_provider, uris, tmp_path, language):
    pdf = _export(uris, _counts(uris, tmp_path), tmp_path / f"map_{language}.pdf", language)
    text = _pdf_text(pdf)
    for expected in COUNT_MAP_TEXTS[language]:
        assert expected in text, expected
    day, year = _today(language)
    month = MONTHS[language][datetime.date.today().month - 1]
    if language == "ar":
        assert month in text and year in text and day in text
    else:
        assert f"{'Fecha' if language == 'es' else 'Data'}: {day} de {month} de {year}" in text
    assert [english for english in ENGLISH_MAP_TEXTS if re.search(rf"\b{re.escape(english)}\b", text)] == []


@pytest.mark.parametrize("language", ["es", "pt", "ar"])
def test_share_map_names_insufficient_data_and_no_data_in_the_chosen_language(
    cartong_provider, uris, tmp_path, language
):
    counts = _counts(uris, tmp_path, ANSWER_FIELD="water_source", ANSWER_VALUE="well", MIN_COUNT=5)
    text = _pdf_text(_export(uris, counts, tmp_path / "share.pdf", language, COUNT_FIELD="answer_pct"))
    for expected in SHARE_MAP_TEXTS[language]:
        assert expected in text, expected
    assert "Insufficient data" not in text and "No data" not in text


@pytest.mark.parametrize(
    "language, expected",
    [
        ("es", "Fecha: 14 de marzo de 2026"),
        ("pt", "Data: 14 de março de 2026"),
        ("fr", "Date\u00a0: 14 mars 2026"),
        ("ar", "التاريخ: ١٤ مارس ٢٠٢٦"),
        ("en", "Date: 14 March 2026"),
    ],
)
def test_map_date_is_written_as_its_language_writes_it(qgis_app, uris, language, expected):
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    counts, _ = aggregate.count_layer(survey, QgsVectorLayer(uris["admin2"], "admin2", "ogr"))
    texts = map_texts.MapTexts(title="Test", date=datetime.date(2026, 3, 14))
    project = QgsProject()
    layout = layouts.build_choropleth_layout(
        project, counts, "submissions", texts, language=language, with_basemap=False
    )
    assert expected in right_to_left.plain(layout.itemById("sources").text())


def test_unknown_map_language_is_refused_naming_the_five_choices(cartong_provider, uris, tmp_path):
    with pytest.raises(QgsProcessingException, match="en, fr, es, pt, ar"):
        _export(uris, _counts(uris, tmp_path), tmp_path / "map.pdf", "de")
    assert not (tmp_path / "map.pdf").exists()


# -- Arabic: right to left ---------------------------------------------------------------------
ARABIC_TITLE = "إرسالات المسح حسب الوحدة الإدارية"  # "Survey submissions by admin area"


def test_arabic_pdf_reads_back_its_title_in_logical_order_in_an_embedded_arabic_font(cartong_provider, uris, tmp_path):
    pdf = _export(uris, _counts(uris, tmp_path), tmp_path / "arabic.pdf", "ar")
    assert ARABIC_TITLE in _pdf_text(pdf)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    arabic = [row.split() for row in fonts.splitlines() if "NotoSansArabic" in row]
    assert {row[0].split("+")[-1] for row in arabic} == {"NotoSansArabic-Bold", "NotoSansArabic-Regular"}
    assert all(row[-5] == "yes" for row in arabic)  # embedded: the PDF shows it on any computer


_PDF_LINE = re.compile(r"<line [^>]*>(.*?)</line>", re.DOTALL)
_PDF_WORD = re.compile(r'<word xMin="([-\d.]+)"[^>]*>([^<]*)</word>')


def _line_glyphs(pdf: Path, word: str) -> list[tuple[float, str]]:
    """(left edge in points, text) of each word on the PDF's line holding ``word``, as pdftotext -bbox-layout
    places them on the page (Arabic comes one glyph a word: QGIS draws the letters one by one), presentation
    forms folded. Where the glyphs sit, not the order in which pdftotext chooses to join them."""
    import html

    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [
        [(float(x), unicodedata.normalize("NFKC", html.unescape(text))) for x, text in _PDF_WORD.findall(line)]
        for line in _PDF_LINE.findall(layout)
    ]
    found = [line for line in lines if word in [text for _, text in line]]
    assert len(found) == 1, f"{word}: {len(found)} lines"
    return found[0]


@pytest.mark.parametrize(("language", "label"), [("en", "Sources:"), ("ar", "المصادر:")])
def test_map_sources_line_reads_from_the_side_the_language_starts(cartong_provider, uris, tmp_path, language, label):
    """An Arabic line begins at the right: 'المصادر:' (its letters right to left, then its colon) and, to its
    left, the Latin sources still left to right. Laid out left to right, the line would begin at the left
    with the Arabic word and the colon on its right, as an English line does with 'Sources:'."""
    pdf = _export(uris, _counts(uris, tmp_path), tmp_path / "map.pdf", language)
    glyphs = _line_glyphs(pdf, "OCHA")
    reading = sorted(glyphs, reverse=language == "ar")  # from the side the language starts
    assert "".join(text for _, text in reading).startswith(label)
    latin = " ".join(text for _, text in sorted(glyphs) if text.isascii())
    assert SOURCES in latin


def _ink_columns(image: QImage, top: int, bottom: int, is_ink) -> list[int]:
    return [x for x in range(image.width()) if any(is_ink(QColor(image.pixel(x, y))) for y in range(top, bottom))]


def _dark(colour: QColor) -> bool:
    return colour.red() < 90 and colour.green() < 90 and colour.blue() < 110


def _extent_box_red(colour: QColor) -> bool:
    return colour.red() > 190 and colour.green() < 70 and colour.blue() < 60


# the PDF as printed (rendered by pdftoppm) and the PNG the algorithm writes itself (QGIS's raster export)
@pytest.mark.parametrize("kind", ["pdf", "png"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_map_picture_puts_the_title_and_the_overview_on_the_side_the_language_starts(
    cartong_provider, uris, tmp_path, language, kind
):
    counts = _counts(uris, tmp_path)
    if kind == "png":
        image = QImage(str(_export(uris, counts, tmp_path / "map.png", language, DPI=72)))
    else:
        pdf = _export(uris, counts, tmp_path / "map.pdf", language)
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
        image = QImage(str(tmp_path / "page.png"))
    assert image.width() / image.height() == pytest.approx(297 / 210, abs=0.01)  # A4 landscape
    width, mm = image.width(), image.width() / 297  # A4 landscape
    title = _ink_columns(image, round(10 * mm), round(28 * mm), _dark)  # above the header rule
    extent_box = _ink_columns(image, round(33 * mm), round(81 * mm), _extent_box_red)  # the overview's red box
    assert title and extent_box
    margin = 10 * mm
    if language == "ar":  # the title ends at the right margin; the overview is left of the main map
        assert abs(title[-1] - (width - margin)) < 2 * mm and title[0] > width / 3
        assert extent_box[-1] < 82 * mm
    else:
        assert abs(title[0] - margin) < 2 * mm and title[-1] < 2 * width / 3
        assert extent_box[0] > 215 * mm


def _layout(uris, project, language="ar", **texts):
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    counts, _ = aggregate.count_layer(survey, QgsVectorLayer(uris["admin2"], "admin2", "ogr"))
    values = {"title": "Test", "sources": SOURCES, "reference": "CAF-WASH-007", **texts}
    return layouts.build_choropleth_layout(
        project,
        counts,
        "submissions",
        map_texts.MapTexts(**values),
        points=survey,
        boundaries=QgsVectorLayer(uris["admin1"], "a1", "ogr"),
        page="a4_portrait",
        language=language,
        with_basemap=False,
    )


def _box(layout, item_id):
    return layout.itemById(item_id).sceneBoundingRect()


def test_arabic_layout_is_mirrored_legend_overview_and_logo_on_the_other_side(qgis_app, uris):
    logo = str(resources_dir() / "icons" / "cartong.svg")
    project = QgsProject()
    english, arabic = _layout(uris, project, "en", logo_path=logo), _layout(uris, project, "ar", logo_path=logo)
    width = arabic.pageCollection().page(0).pageSize().width()
    for item_id in (
        "title",
        "logo",
        "main_map",
        "overview_map",
        "legend",
        "sources",
        "north_arrow",
        "scalebar",
        "disclaimer",
        "crs_reference",
    ):
        en_box, ar_box = _box(english, item_id), _box(arabic, item_id)
        assert ar_box.right() == pytest.approx(width - en_box.left(), abs=0.5), item_id
        assert ar_box.top() == pytest.approx(en_box.top(), abs=0.01), item_id
    # portrait: overview | legend | sources under the map become sources | legend | overview
    assert _box(arabic, "sources").right() < _box(arabic, "legend").left()
    assert _box(arabic, "legend").right() <= _box(arabic, "overview_map").left()
    assert _box(arabic, "logo").right() < _box(arabic, "title").left()


def test_arabic_texts_are_aligned_right_and_legend_symbols_sit_right_of_their_labels(qgis_app, uris):
    project = QgsProject()
    arabic = _layout(uris, project, "ar")
    for item_id in ("title", "sources", "disclaimer"):
        assert arabic.itemById(item_id).hAlign() == Qt.AlignmentFlag.AlignRight, item_id
    assert arabic.itemById("crs_reference").hAlign() == Qt.AlignmentFlag.AlignLeft  # on the left edge, mirrored
    legend = arabic.itemById("legend")
    assert legend.symbolAlignment() == Qt.AlignmentFlag.AlignRight
    assert legend.titleAlignment() == Qt.AlignmentFlag.AlignRight
    assert not any(fitting.label_font(arabic.itemById(i)).italic() for i in ("disclaimer", "sources"))


def test_arabic_lines_mixing_latin_words_are_embedded_right_to_left(qgis_app, uris):
    """ "المصادر: CartONG…" must keep its colon after the Arabic word: each line is a right-to-left run."""
    project = QgsProject()
    arabic = _layout(uris, project, "ar")
    for item_id in ("title", "sources", "crs_reference", "disclaimer"):
        lines = [line for line in arabic.itemById(item_id).text().split("\n") if line.strip()]
        assert lines and all(line[0] == right_to_left.RLE and line[-1] == right_to_left.PDF for line in lines), item_id
    legend = arabic.itemById("legend")
    names = [node.name() for node in legend.model().rootGroup().findLayers()]
    labels = [
        node.data(Qt.ItemDataRole.DisplayRole)
        for layer in legend.model().rootGroup().findLayers()
        for node in legend.model().layerLegendNodes(layer)
    ]
    assert len(names) == 3 and all(name.startswith(right_to_left.RLE) for name in names)
    assert len(labels) >= 5 and all(label.startswith(right_to_left.RLE) for label in labels)  # "٢ – ٤", "(GPS)"
    english = _layout(uris, project, "en")
    assert right_to_left.RLE not in english.itemById("sources").text()


def test_arabic_atlas_pages_name_their_area_in_a_right_to_left_title(cartong_provider, uris, tmp_path):
    params = {
        "POLYGONS": _counts(uris, tmp_path),
        "POINTS": uris["survey"],
        "TITLE": "",
        "ATLAS": True,
        "LANGUAGE": "ar",
        "DPI": 72,
        "OUTPUT": str(tmp_path / "atlas.pdf"),
    }
    result = _run("cartong:exportmappdf", params)
    assert result["PAGES"] == len(PLAN)
    text = _pdf_text(result["OUTPUT"])
    assert text.count(ARABIC_TITLE) == len(PLAN)
    names = {f["adm2_pcode"]: f["adm2_name"] for f in QgsVectorLayer(uris["admin2"], "a", "ogr").getFeatures()}
    assert all(names[code] in text and code in text for code in PLAN)


def test_arabic_atlas_title_is_one_right_to_left_run_with_the_area_name_and_pcode(qgis_app, uris):
    """ "<title> – <name> (<P-code>)" stays one run, so the name and P-code follow the title leftwards."""
    survey = QgsVectorLayer(uris["survey"], "survey", "ogr")
    counts, _ = aggregate.count_layer(survey, QgsVectorLayer(uris["admin2"], "admin2", "ogr"))
    project = QgsProject()
    atlas = layouts.build_atlas_layout(
        project, counts, "submissions", map_texts.MapTexts(title=ARABIC_TITLE), language="ar", with_basemap=False
    )
    title = atlas.itemById("title").text()
    assert title.startswith(right_to_left.RLE + ARABIC_TITLE + " – [%") and title.endswith("%])" + right_to_left.PDF)
    assert title.count(right_to_left.RLE) == 1 and title.count(right_to_left.PDF) == 1


# -- neighbouring countries ----------------------------------------------------------------------
def _world_map() -> Path:
    path = Path(QgsApplication.pkgDataPath()) / basemaps.WORLD_MAP
    if not path.is_file():
        pytest.skip("this QGIS ships no world map")
    return path


@pytest.mark.parametrize(
    "language, chad, cameroon, congo",
    [
        ("es", "CHAD", "CAMERÚN", "RD DEL CONGO"),
        ("pt", "CHADE", "CAMARÕES", "RD CONGO"),
        ("ar", "تشاد", "الكاميرون", "جمهورية الكونغو الديمقراطية"),
    ],
)
def test_neighbouring_countries_are_named_in_spanish_portuguese_and_arabic(qgis_app, language, chad, cameroon, congo):
    _world_map()
    car = QgsReferencedRectangle(QgsRectangle(14.4, 2.2, 27.5, 11.0), QgsCoordinateReferenceSystem("EPSG:4326"))
    basemap = basemaps.world_basemap(car, QgsProject(), language)
    expression = QgsExpression(basemap.labeling().settings().fieldName)
    context = QgsExpressionContext()
    labels = {}
    for feature in basemap.getFeatures():
        context.setFeature(feature)
        labels[feature["ISO_A3"]] = expression.evaluate(context)
    assert (labels["TCD"], labels["CMR"], labels["COD"]) == (chad, cameroon, congo)
    assert labels["CAF"] is None  # the surveyed country itself is not named


def test_arabic_country_names_keep_their_letters_joined(qgis_app):
    """Letter spacing cuts Arabic letters apart and Arabic has no italics: neither on Arabic maps."""
    _world_map()
    car = QgsReferencedRectangle(QgsRectangle(14.4, 2.2, 27.5, 11.0), QgsCoordinateReferenceSystem("EPSG:4326"))
    project = QgsProject()
    arabic_map, french_map = basemaps.world_basemap(car, project, "ar"), basemaps.world_basemap(car, project, "fr")
    arabic = arabic_map.labeling().settings().format().font()
    french = french_map.labeling().settings().format().font()
    assert arabic.letterSpacing() == 0 and not arabic.italic() and arabic.family() == "Noto Sans Arabic"
    assert french.letterSpacing() > 0 and french.italic()


@pytest.mark.parametrize("language", ["es", "pt", "ar"])
def test_country_names_cover_the_offline_world_map_in_their_short_form(qgis_app, language):
    countries = QgsVectorLayer(f"{_world_map()}|layername=countries", "countries", "ogr")
    codes = {f["ISO_A3"] for f in countries.getFeatures() if isinstance(f["ISO_A3"], str)} - {"-99"}
    names = basemaps.country_names(language)
    assert codes - set(names) == set()
    # short forms: no "Congo, República Democrática del", no "(Malvinas)"
    assert [n for n in names.values() if re.search("[,()،]", n)] == []
    if language == "ar":
        assert [names[c] for c in codes if not re.fullmatch(r"[\u0600-\u06ff -]+", names[c])] == []  # Arabic script
        assert not any(re.search("[\u064b-\u065f]", n) for n in names.values())  # no vowel marks on a map
