# SPDX-License-Identifier: GPL-3.0-or-later
"""The main job, headless, on the bundled sample: ``python -m cartong_plugin.demo --output out/``.

Import the Kobo export with its XLSForm into a GeoPackage (raw table kept), run the
basic checks into a cleaning log, count submissions by admin area, and write an A4
landscape print-ready PDF. Each step is a ``cartong:`` Processing algorithm, so the same
chain runs in the Model Designer or with ``qgis_process.bin run cartong:...``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def run_demo(output_dir: Path, language: str = "en", log=print) -> dict:
    """Run the four steps; return the paths and counts each step produced."""
    import processing
    from qgis.core import QgsProcessingFeedback

    from .core.base.paths import sample_dir

    sample = sample_dir()
    output_dir.mkdir(parents=True, exist_ok=True)
    gpkg = output_dir / "household_survey.gpkg"
    admin = sample / "admin_boundaries.gpkg"
    feedback = QgsProcessingFeedback()
    results = {}

    def step(title, algorithm, parameters):
        started = time.perf_counter()
        result = processing.run(algorithm, parameters, feedback=feedback)
        log(f"{title}: {time.perf_counter() - started:.1f} s")
        results[algorithm] = result
        return result

    step(
        "1/4 import",
        "cartong:importsurvey",
        {
            "DATA": str(sample / "household_survey_kobo.csv"),
            "FORM": str(sample / "household_survey_form.xlsx"),
            "LANGUAGE": "English (en)" if language == "en" else "Français (fr)",
            "OUTPUT": str(gpkg),
        },
    )
    survey = f"{gpkg}|layername=survey"
    step(
        "2/4 checks",
        "cartong:runchecks",
        {
            "INPUT": survey,
            "FORM": str(sample / "household_survey_form.xlsx"),
            "ADMIN": f"{admin}|layername=admin2",
        },
    )
    step(
        "3/4 count by admin area",
        "cartong:countbyadmin",
        {
            "POINTS": survey,
            "ADMIN": f"{admin}|layername=admin2",
            "ADMIN_CODE": "adm2_pcode",
            "ADMIN_NAME": "adm2_name",
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"submissions_by_admin2\" (geom)",
        },
    )
    pdf = output_dir / "household_survey_map.pdf"
    step(
        "4/4 print-ready PDF",
        "cartong:exportmappdf",
        {
            "POLYGONS": f"{gpkg}|layername=submissions_by_admin2",
            "COUNT_FIELD": "submissions",
            # areas only: household locations are personal data, shown on a map only by a deliberate choice
            "BOUNDARIES": f"{admin}|layername=admin1",
            "TITLE": "Household WASH survey, Central African Republic"
            if language == "en"
            else "Enquête ménages EHA, République centrafricaine",
            "SUBTITLE": "Submissions per sous-préfecture, 2–20 March 2026 (training sample)"
            if language == "en"
            else "Soumissions par sous-préfecture, 2–20 mars 2026 (données de formation)",
            "SOURCES": "CartONG sample survey (synthetic); boundaries OCHA COD-AB CAF, ACTED/OCHA (CC BY-IGO)"
            if language == "en"
            else "Enquête d'exemple CartONG (fictive) ; limites OCHA COD-AB CAF, ACTED/OCHA (CC BY-IGO)",
            "LANGUAGE": language,
            "METHOD": "jenks",
            "OUTPUT": str(pdf),
        },
    )
    return {"gpkg": gpkg, "pdf": pdf, "results": results}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default="out", type=Path, help="folder for the GeoPackage and the PDF")
    parser.add_argument("--language", default="en", choices=["en", "fr"])
    args = parser.parse_args(argv)

    from .processing.standalone import qgis_session

    with qgis_session():
        from qgis.core import QgsProcessingException

        try:
            done = run_demo(args.output, args.language)
        except QgsProcessingException as err:
            print(f"Demo failed: {err}", file=sys.stderr)
            return 1
        print(f"GeoPackage: {done['gpkg']}\nMap: {done['pdf']}")
    return 0


if __name__ == "__main__":
    status = main()
    # Leave before the interpreter's teardown: destroying PyQGIS objects left after QGIS has exited may
    # end in a segmentation fault (seen about once in 30 runs under load), after everything was written.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
