# SPDX-License-Identifier: GPL-3.0-or-later
"""The README written beside a file exported for sharing: what was done to protect it, in English and French.

``readme_text(actions, ...)`` turns the steps recorded by ``share_export.export_for_sharing``
(the same ones stored in the ``cartong_protection`` table) into sentences a partner can read.
"""

from __future__ import annotations

from ..base.provenance import Provenance
from .aggregate_safe import DEFAULT_K

# The note travels with the file to partners, whatever the language of this QGIS, so it
# is always written in both English and French (not through tr()).
_README = {
    "title": ("Data shared with protection", "Données partagées avec protection"),
    "source": (
        "Source: table {layer} of the file {file} (SHA-256 {sha256}). Rows: {rows}. Written on {date} by the "
        "CartONG Toolkit for QGIS.",
        "Source : table {layer} du fichier {file} (SHA-256 {sha256}). Lignes : {rows}. Écrit le {date} par la "
        "boîte à outils CartONG pour QGIS.",
    ),
    "source_without_file": (  # a database table: no file, no checksum
        "Source: {layer}. Rows: {rows}. Written on {date} by the CartONG Toolkit for QGIS.",
        "Source : {layer}. Lignes : {rows}. Écrit le {date} par la boîte à outils CartONG pour QGIS.",
    ),
    "part_of_source": (
        "WARNING: this file holds {shown} of the {total} submissions of its source, chosen by a filter: its "
        "counts are not the survey's totals.",
        "ATTENTION : ce fichier contient {shown} des {total} soumissions de sa source, choisies par un filtre : "
        "ses effectifs ne sont pas les totaux de l'enquête.",
    ),
    "leave_out_refusals": (
        "Submissions whose answer to {columns} refused consent left out: {rows_affected}. These households did "
        "not agree to their answers or their location being kept or shared.",
        "Soumissions dont la réponse à {columns} refuse le consentement écartées : {rows_affected}. Ces ménages "
        "n'ont pas accepté que leurs réponses ou leur localisation soient conservées ou partagées.",
    ),
    "leave_out_rows_of_refusals": (
        "Rows of submissions whose answer to {columns} in the table {table} refused consent left out: "
        "{rows_affected}. These households did not agree to their answers being kept or shared.",
        "Lignes de soumissions dont la réponse à {columns} dans la table {table} refuse le consentement "
        "écartées : {rows_affected}. Ces ménages n'ont pas accepté que leurs réponses soient conservées ou "
        "partagées.",
    ),
    "refusals_not_checked": (
        "WARNING: the survey table of the submissions these rows belong to was not found beside {layer}: "
        "whether their households refused consent could not be checked.",
        "ATTENTION : la table d'enquête des soumissions auxquelles appartiennent ces lignes n'a pas été "
        "trouvée à côté de {layer} : le refus de consentement de leurs ménages n'a pas pu être vérifié.",
    ),
    "drop_columns": ("Columns removed: {columns}.", "Colonnes supprimées : {columns}."),
    "drop_location_columns": (
        "Columns repeating the exact location removed: {columns}.",
        "Colonnes répétant la localisation exacte supprimées : {columns}.",
    ),
    "drop_attachment_columns": (
        "Attachment columns removed: {columns}.",
        "Colonnes de pièces jointes supprimées : {columns}.",
    ),
    "drop_companion_columns": (
        "Columns repeating a removed or pseudonymised question (its choice labels, its 0/1 choice "
        "columns, its values under another name, the server's other id of a submission id) removed "
        "with it: {columns}.",
        "Colonnes répétant une question supprimée ou pseudonymisée (libellés des choix, colonnes 0/1 "
        "des choix, mêmes valeurs sous un autre nom, l'autre identifiant d'une soumission sur le "
        "serveur) supprimées avec elle : {columns}.",
    ),
    "pseudonymise_same_id_columns": (
        "Columns holding the same identifiers under another name (such as instanceID or __id, a "
        "'uuid:' prefix ignored), and the server's other id of each submission (Kobo's _id), replaced "
        "by pseudonyms with the same key {key_fingerprint}: they still join with the columns above, "
        "but the original cannot be read back: {columns}.",
        "Colonnes contenant les mêmes identifiants sous un autre nom (comme instanceID ou __id, préfixe "
        "'uuid:' ignoré), et l'autre identifiant de chaque soumission sur le serveur (_id de Kobo), "
        "remplacées par des pseudonymes avec la même clé {key_fingerprint} : elles se joignent toujours "
        "aux colonnes ci-dessus, mais la valeur d'origine ne peut pas être retrouvée : {columns}.",
    ),
    "blank_companion_columns": (
        "Columns repeating those values (choice labels, 0/1 choice columns, copies typed as text) "
        "blanked in the same rows: {columns} ({rows_affected} rows).",
        "Colonnes répétant ces valeurs (libellés des choix, colonnes 0/1 des choix, copies saisies "
        "en texte) effacées dans les mêmes lignes : {columns} ({rows_affected} lignes).",
    ),
    "drop_high_risk_columns": (
        "Columns likely holding personal data at high risk (names, phone numbers...) removed by default: {columns}.",
        "Colonnes contenant probablement des données personnelles à risque élevé (noms, "
        "numéros de téléphone...) supprimées par défaut : {columns}.",
    ),
    "keep_high_risk_columns": (
        "WARNING: columns likely holding personal data at high risk kept by the "
        "exporter's explicit choice: {columns}. Share this file only under a data "
        "sharing agreement.",
        "ATTENTION : colonnes contenant probablement des données personnelles à risque "
        "élevé conservées par choix explicite de l'exportateur : {columns}. Ne partager "
        "ce fichier que dans le cadre d'un accord de partage de données.",
    ),
    "drop_personal_columns": (
        "Columns likely holding other personal data (dates of birth...) removed by default: {columns}.",
        "Colonnes contenant probablement d'autres données personnelles (dates de naissance...) supprimées "
        "par défaut : {columns}.",
    ),
    "drop_identifiers_without_key": (
        "Columns identifying staff, devices, accounts or documents removed by default: no pseudonymisation "
        "key was available to replace them by pseudonyms: {columns}.",
        "Colonnes identifiant des agents, des appareils, des comptes ou des documents supprimées par défaut, "
        "faute de clé de pseudonymisation disponible pour les remplacer par des pseudonymes : {columns}.",
    ),
    "pseudonymise_by_default": (
        "Columns identifying staff, devices, accounts or documents replaced by pseudonyms by default (keyed "
        "hash HMAC-SHA256; key {key_fingerprint} kept by the data owner, never shared): {columns}. The same "
        "value always has the same pseudonym, but the original cannot be read back.",
        "Colonnes identifiant des agents, des appareils, des comptes ou des documents remplacées par défaut par "
        "des pseudonymes (hachage à clé HMAC-SHA256 ; clé {key_fingerprint} gardée par le responsable des "
        "données, jamais partagée) : {columns}. Une même valeur a toujours le même pseudonyme ; la valeur "
        "d'origine ne peut pas être retrouvée.",
    ),
    "pseudonymise": (
        "Columns replaced by pseudonyms (keyed hash HMAC-SHA256; key {key_fingerprint} kept by "
        "the data owner, never shared): {columns}. The same value always has the same pseudonym, "
        "so rows can be linked, but the original cannot be read back.",
        "Colonnes remplacées par des pseudonymes (hachage à clé HMAC-SHA256 ; clé {key_fingerprint} "
        "gardée par le responsable des données, jamais partagée) : {columns}. Une même valeur a "
        "toujours le même pseudonyme ; la valeur d'origine ne peut pas être retrouvée.",
    ),
    "suppress_rare_combinations": (
        "Rare combinations of {columns}: {values_blanked} values blanked in "
        "{rows_affected} rows, so that each combination is shared by at least {k} rows.",
        "Combinaisons rares de {columns} : {values_blanked} valeurs effacées dans "
        "{rows_affected} lignes, pour que chaque combinaison soit partagée par au moins "
        "{k} lignes.",
    ),
    "points_reveal_blanked_values": (
        "WARNING: this file keeps its points (moved or snapped, not removed), and a point can show the "
        "area or place a blanked value of {columns} stood for. The count of at least {k} rows above holds "
        "for these columns, not for the file with its points. Rare areas are shared safely only as counts "
        "by admin area or without locations.",
        "ATTENTION : ce fichier garde ses points (déplacés ou regroupés, non supprimés), et un point peut "
        "montrer la zone ou le lieu qu'une valeur effacée de {columns} désignait. Le minimum de {k} lignes "
        "ci-dessus vaut pour ces colonnes, pas pour le fichier avec ses points. Des zones rares ne se "
        "partagent sans risque que sous forme d'effectifs par zone administrative ou sans localisation.",
    ),
    "validation_status_only": (
        "KoboToolbox validation statuses in {columns} reduced to the status alone (such as "
        "validation_status_approved) in {rows_affected} rows: the account of the person who validated each "
        "submission, and when, removed.",
        "Statuts de validation KoboToolbox de {columns} réduits au seul statut (par exemple "
        "validation_status_approved) dans {rows_affected} lignes : le compte de la personne qui a validé chaque "
        "soumission, et la date, supprimés.",
    ),
    "strip_links": (
        "Links and attachment file names removed from {rows_affected} values.",
        "Liens et noms de pièces jointes supprimés dans {rows_affected} valeurs.",
    ),
    "displace": (
        "Points moved in a random direction by {min_distance_m:.0f} to {max_distance_m:.0f} m: no "
        "point is at its true place. Do not use them below that scale. Each submission is moved the "
        "same way in every copy shared with these distances (the offset is fixed by a secret kept by "
        "the data owner and the submission's id, {same_offset_in_every_copy_by}), so combining copies "
        "does not bring the points closer to their true place.",
        "Points déplacés dans une direction aléatoire de {min_distance_m:.0f} à {max_distance_m:.0f} m : "
        "aucun point n'est à son emplacement réel. Ne pas les utiliser à une échelle plus fine. Chaque "
        "soumission est déplacée de la même façon dans toutes les copies partagées avec ces distances "
        "(le décalage est fixé par un secret gardé par le responsable des données et l'identifiant de "
        "la soumission, {same_offset_in_every_copy_by}) : croiser des copies ne rapproche pas les "
        "points de leur emplacement réel.",
    ),
    "offsets_by_row": (
        "WARNING: {source} has no submission id column, so each offset follows the row number (fid). "
        "A copy made from a re-imported or re-ordered file moves the points another way: two such "
        "copies must not reach the same person.",
        "ATTENTION : {source} n'a pas de colonne d'identifiant de soumission ; chaque décalage suit le "
        "numéro de ligne (fid). Une copie faite à partir d'un fichier réimporté ou réordonné déplace "
        "les points autrement : deux telles copies ne doivent pas parvenir à la même personne.",
    ),
    "rows_of_absent_submissions": (
        "WARNING: {rows_affected} rows belong to {submissions} submissions that are not in the table {table} "
        "of the same GeoPackage (removed in cleaning, for instance); they are shared all the same.",
        "ATTENTION : {rows_affected} lignes appartiennent à {submissions} soumissions absentes de la table "
        "{table} du même GeoPackage (supprimées au nettoyage, par exemple) ; elles sont tout de même partagées.",
    ),
    "keep_in_admin_area": (
        "Each point stays in its admin area ({admin_areas}); {rows_affected} points could "
        "not and may lie in a neighbouring area.",
        "Chaque point reste dans sa zone administrative ({admin_areas}) ; {rows_affected} "
        "points n'ont pas pu et peuvent se trouver dans une zone voisine.",
    ),
    "snap_to_grid": (
        "Points moved to the centre of {grid_size_m:.0f} m grid cells (UTM): several households share one point.",
        "Points ramenés au centre de mailles de {grid_size_m:.0f} m (UTM) : plusieurs ménages partagent un même point.",
    ),
    "drop_geometry": (
        "Locations removed: the file holds no points.",
        "Localisations supprimées : le fichier ne contient aucun point.",
    ),
    "keep_location": (
        "WARNING: exact locations are kept. Share this file only with partners bound by a data sharing agreement.",
        "ATTENTION : les localisations exactes sont conservées. Ne partager ce fichier qu'avec des "
        "partenaires liés par un accord de partage de données.",
    ),
    "aggregate": (
        "Counts of submissions by {columns}; counts from 1 to {k_minus_1} are hidden (empty), and "
        "{hidden_complementary} other counts are hidden so that no hidden count can be worked out "
        "from the totals. Empty does not mean zero.",
        "Nombre de soumissions par {columns} ; les effectifs de 1 à {k_minus_1} sont masqués (vides) et "
        "{hidden_complementary} autres effectifs sont masqués pour qu'aucun ne puisse être recalculé "
        "à partir des totaux. Vide ne veut pas dire zéro.",
    ),
    "fold_rare_answers": (
        "{rows_affected} answers of {columns} given fewer than {k} times in the whole file are counted "
        "together in {column}, without their names: a rare answer would point at the few people who gave it.",
        "{rows_affected} réponses de {columns} données moins de {k} fois dans tout le fichier sont comptées "
        "ensemble dans {column}, sans leur nom : une réponse rare désignerait les quelques personnes qui l'ont "
        "donnée.",
    ),
    "footer": (
        "Do not try to identify the people in these data, and do not combine them with other data for that purpose.",
        "Ne cherchez pas à identifier les personnes de ces données ni à les croiser avec d'autres données dans ce but.",
    ),
    "details": (
        "The same record is in the table cartong_protection of the GeoPackage.",
        "Le même relevé figure dans la table cartong_protection du GeoPackage.",
    ),
}


def action_sentence(action: dict, lang: int | None = None) -> str:
    """The README's sentence for one step (``lang`` 0 English, 1 French; None: French when the plugin
    speaks French, else English, the README's two languages)."""
    if lang is None:
        from ..base.translation import preferred_language

        lang = 1 if preferred_language().startswith("fr") else 0
    values = dict(action.get("parameters", {}))
    values["columns"] = ", ".join(action.get("columns", []))
    values["rows_affected"] = action.get("rows_affected", 0)
    values["k_minus_1"] = values.get("k", DEFAULT_K) - 1
    return _README[action["action"]][lang].format(**values)


def readme_text(actions: list[dict], source: Provenance, rows: int, date: str, in_gpkg: bool = True) -> str:
    """The bilingual note (English, then French) describing ``actions`` and the ``source`` they were made from."""
    sections = []
    for lang in (0, 1):
        lines = [
            _README["title"][lang],
            "=" * len(_README["title"][lang]),
            "",
            _README["source" if source.file else "source_without_file"][lang].format(
                **vars(source), rows=rows, date=date
            ),
            "",
        ]
        for action in actions:
            lines.append("- " + action_sentence(action, lang))
        lines += ["", _README["footer"][lang]] + ([_README["details"][lang]] if in_gpkg else []) + [""]
        sections.append("\n".join(lines))
    return "\n".join(sections)
