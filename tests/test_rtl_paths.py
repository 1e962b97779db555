# SPDX-License-Identifier: GPL-3.0-or-later
"""Paths, the system's reasons and numbers in sentences, in the plugin's language (attack19gui findings 2, 3, 5).

In Arabic a path inside a sentence was drawn with its slash at the other end ("/(proc/nope (No such file or
directory"); the system's reason stayed English in French and Arabic; the field package's size was written
"6.8" in French and its files counted with one fixed plural.
"""

from __future__ import annotations

import errno
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from cartong_plugin.core.base.errors import os_reason
from cartong_plugin.core.base.i18n import LEFT_TO_RIGHT_ISOLATE as LRI
from cartong_plugin.core.base.i18n import POP_ISOLATE as PDI
from cartong_plugin.core.base.i18n import tr
from tests.field_data import SAMPLE, import_sample

MESSAGE = "<message><source>{source}</source><translation>{text}</translation></message>"
COUNTED = (
    '<message numerus="yes"><source>{source}</source><translation>{forms}</translation></message>'  # numerus forms
)


@pytest.fixture()
def translation(tmp_path):
    """``translation(language, messages)``: a translator built from a small .ts (``messages``: source ->
    text, or a list of numerus forms), installed for the rest of the test."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease (qttools5-dev-tools) is not installed")
    installed = []

    def install(language: str, messages: dict) -> None:
        body = "".join(
            COUNTED.format(source=source, forms="".join(f"<numerusform>{f}</numerusform>" for f in text))
            if isinstance(text, list)
            else MESSAGE.format(source=source, text=text)
            for source, text in messages.items()
        )
        ts = tmp_path / f"small_{language}.ts"
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{language}">'
            f"<context><name>CartONG</name>{body}</context></TS>",
            encoding="utf-8",
        )
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture()
def speak(languages, plugin_i18n, monkeypatch):
    """``speak(language)``: the plugin's language, with its translation installed as the plugin does."""
    from cartong_plugin.core.base import translation as plugin_translation

    monkeypatch.setattr(plugin_translation, "i18n_dir", lambda: plugin_i18n)
    installed = []

    def choose(language: str) -> None:
        languages(language)
        installed.append(plugin_translation.install_translator(language))

    yield choose
    for translator in installed:
        plugin_translation.remove_translator(translator)


def _refusal(algorithm: str, parameters: dict) -> str:
    import processing

    with pytest.raises(QgsProcessingException) as refused:
        processing.run(algorithm, parameters)
    return str(refused.value)


def _unwritable(tmp_path: Path) -> Path:
    """A folder that cannot be made: under a file. Its parent folder's name is Arabic with a space, as an
    Arabic user's folders are (a guess of where a path ends would cut it there)."""
    parent = tmp_path / "بيانات المسح"
    parent.mkdir()
    (parent / "not_a_folder").write_text("a file where a folder is expected", encoding="utf-8")
    return parent / "not_a_folder" / "survey data"


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_an_import_into_a_folder_that_cannot_be_made_names_it_left_to_right_in_arabic(
    cartong_provider, speak, tmp_path, language
):
    speak(language)
    folder = _unwritable(tmp_path)
    message = _refusal(
        "cartong:importsurvey",
        {"DATA": str(SAMPLE / "household_survey_kobo.csv"), "OUTPUT": str(folder / "survey.gpkg")},
    )
    if language == "ar":  # the whole folder is one left-to-right run: its "/" stays in front
        assert f"{LRI}{folder}{PDI}" in message
        assert "لا يمكن الكتابة في المجلد" in message  # the Arabic sentence
    elif language == "fr":  # nothing changes where the sentence already runs left to right
        assert LRI not in message and PDI not in message
        assert f"impossible d'écrire dans le dossier {folder} (" in message
    else:
        assert message == (
            f"survey.gpkg cannot be written: the folder {folder} cannot be written to (Not a directory). "
            "Choose a folder you can write to."
        )
    assert not folder.exists()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_field_package_names_the_folder_it_cannot_write_and_why_in_the_user_language(
    cartong_provider, speak, translation, tmp_path, language
):
    survey = import_sample(tmp_path / "household.gpkg")
    speak(language)
    translation(language, {"Not a directory": {"ar": "ليس مجلدًا", "fr": "ce n'est pas un dossier"}[language]})
    folder = _unwritable(tmp_path)
    message = _refusal("cartong:preparefieldpackage", {"SURVEYS": [str(survey)], "OUTPUT": str(folder)})
    if language == "ar":
        assert f"{LRI}{folder}{PDI}" in message and "(ليس مجلدًا)" in message
    else:
        assert f" {folder}\xa0: impossible d'écrire dans ce dossier (ce n'est pas un dossier)." in message
    assert not folder.exists()


def test_the_system_reason_is_said_in_the_user_language(cartong_provider, languages, translation, tmp_path):
    languages("fr")
    translation(
        "fr",
        {
            "{file} cannot be written: the folder {folder} cannot be written to ({reason}). "
            "Choose a folder you can write to.": "Impossible d'écrire {file} : impossible d'écrire dans le dossier "
            "{folder} ({reason}). Choisissez un dossier où vous pouvez écrire.",
            "Not a directory": "ce n'est pas un dossier",
        },
    )
    folder = _unwritable(tmp_path)
    message = _refusal(
        "cartong:importsurvey",
        {"DATA": str(SAMPLE / "household_survey_kobo.csv"), "OUTPUT": str(folder / "survey.gpkg")},
    )
    assert message == (
        f"Impossible d'écrire survey.gpkg : impossible d'écrire dans le dossier {folder} (ce n'est pas un dossier). "
        "Choisissez un dossier où vous pouvez écrire."
    )


@pytest.mark.parametrize(
    "code, source",
    [
        (errno.ENOENT, "No such file or directory"),
        (errno.EACCES, "Permission denied"),
        (errno.EPERM, "Operation not permitted"),
        (errno.ENOSPC, "No space left on device"),
        (errno.EROFS, "Read-only file system"),
        (errno.EEXIST, "File exists"),
        (errno.EISDIR, "Is a directory"),
        (errno.ENOTDIR, "Not a directory"),
        (errno.EBUSY, "Device or resource busy"),
        (errno.ENAMETOOLONG, "File name too long"),
    ],
)
def test_each_common_system_reason_is_a_translated_text(languages, translation, code, source):
    languages("fr")
    translation("fr", {source: f"raison {code} en français"})
    assert os_reason(OSError(code, "the system's English words", "/data/x.gpkg")) == f"raison {code} en français"


def test_another_system_reason_keeps_the_system_words(languages):
    languages("fr")
    assert os_reason(OSError(errno.EIO, "Input/output error", "/data/x.gpkg")) == "Input/output error"
    assert os_reason(ValueError("not a number")) == "not a number"


def test_a_path_with_spaces_in_an_arabic_sentence_is_one_run(languages):
    sentence = "The cleaned layer 'survey_cleaned' is in {file} and in the project."
    path = "/home/user/My surveys/survey.gpkg"
    languages("ar")
    assert tr(sentence).format(file=path) == sentence.format(file=f"{LRI}{path}{PDI}")
    languages("fr")
    assert tr(sentence).format(file=path) == sentence.format(file=path)


# -- the field package's summary: the size and the count of files as the language writes them ----------------

ZIP_SENTENCE = ("Zip to copy: {zip} ({size} MB, %n file).", "Zip to copy: {zip} ({size} MB, %n files).")


@pytest.fixture()
def summary(qgis_iface, qgis_new_project, tmp_path):
    from cartong_plugin.core.field.personal import PersonalData
    from cartong_plugin.gui.field.wizard import FieldWizard

    wizard = FieldWizard(qgis_iface, None)
    wizard.run_page.report = SimpleNamespace(
        zip=tmp_path / "kaga.zip",
        folder=tmp_path / "kaga",
        bytes=6_800_000,
        files=38,
        basemap=None,
        missing_attachments={},
        personal=PersonalData(),
    )

    def text() -> str:
        wizard.summary_page.initializePage()
        return wizard.summary_page.summary.text().split("\n")[0]

    yield text
    wizard.reject()
    wizard.deleteLater()


def test_the_package_size_is_written_as_french_writes_numbers(languages, summary, tmp_path):
    languages("fr")
    assert summary() == f"Zip to copy: {tmp_path / 'kaga.zip'} (6,8 MB, 38 files)."
    languages("en")
    assert summary() == f"Zip to copy: {tmp_path / 'kaga.zip'} (6.8 MB, 38 files)."


def test_the_package_files_take_the_arabic_plural_of_their_number(languages, translation, summary, tmp_path):
    languages("ar")
    # Arabic's six forms: 0, 1, 2, 3-10, 11-99, 100-102...
    forms = [
        f"ملف zip للنسخ: {{zip}} ({{size}} ميغابايت، %n {word})." for word in ("ف0", "ف1", "ف2", "ملفات", "ملفًا", "ف5")
    ]
    translation("ar", {ZIP_SENTENCE[1]: forms})
    assert summary() == f"ملف zip للنسخ: {LRI}{tmp_path / 'kaga.zip'}{PDI} (٦٫٨ ميغابايت، ٣٨ ملفًا)."
