"""The report's charts and map, drawn with reportlab from the dashboard's descriptions: read back
from the Drawing (what is filled in which colour, which words are written) and from the PDF (pypdf),
in English and in Spanish."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Rect, String
from reportlab.lib import colors

from cicte_desktop import i18n
from cicte_desktop.exports.pdf import ReportOptions, export_report
from cicte_desktop.exports.pdf.chart_drawing import bar_chart_drawing, map_drawing
from cicte_desktop.exports.pdf.layout import WIDTH
from cicte_desktop.services.charts import BarChart, ColourBin, MapChart, Scale, Series
from cicte_desktop.services.demo import add_demo_events
from cicte_desktop.services.member_state_map import Inset, MemberStateMap, StateShape

AREAS = ("1. Border Controls and the maritime security of the ports of the region", "A. Maritime Security",
         "2. Cybersecurity", "3. Bioterrorism")


def _walk(node) -> list:  # type: ignore[no-untyped-def]
    found = []
    for child in node.getContents() if isinstance(node, (Drawing, Group)) else []:
        found.append(child)
        found += _walk(child)
    return found


def _texts(drawing: Drawing) -> list[str]:
    return [shape.text for shape in _walk(drawing) if isinstance(shape, String)]


def _hex(colour: colors.Color) -> str:
    return "#" + colour.hexval()[2:].lower()


def _progress() -> BarChart:
    return BarChart("progress", "Progress", AREAS, (Series(
        "progress", "Progress", "#1d4e89", (67, 30, 110, 0), ("67%", "30%", "110%", "0%")),),
        Scale(100, 20, "percent"), category_colours=("#90caf9", "#ffcc66", "#81c784", "#b0b0b0"),
        category_notes=("On track", "Behind", "Met", "No numeric target"), markers=(0.5, 0.5, 0.5, None),
        marker_label="Expected by now", levels=(0, 1, 0, 0))


def test_horizontal_bars_write_every_value_the_state_words_and_the_expected_mark() -> None:
    chart = _progress()
    drawing = bar_chart_drawing(chart, WIDTH)
    texts = _texts(drawing)
    for value in chart.series[0].texts:
        assert value in texts
    for note in chart.category_notes or ():
        assert note in texts
    assert "Expected by now: 50%" in texts
    assert "Border Controls" in " ".join(texts) and "Bioterrorism" in " ".join(texts)
    bars = [shape for shape in _walk(drawing) if isinstance(shape, Rect) and shape.fillColor is not None
            and _hex(shape.fillColor) in (chart.category_colours or ())]
    # One bar per category with a value, in its state's colour, longer for a larger value.
    assert [_hex(bar.fillColor) for bar in bars] == ["#90caf9", "#ffcc66", "#81c784"]
    assert bars[2].width > bars[0].width > bars[1].width
    assert drawing.width == WIDTH


def test_grouped_and_stacked_bars_write_every_value_and_name_their_series() -> None:
    by_sex = BarChart("participants_by_sex", "Participants by sex", AREAS, (
        Series("women", "Women", "#8e3b8a", (120, 30, 1204, 3), ("120", "30", "1,204", "3")),
        Series("men", "Men", "#2a9d8f", (100, 50, 900, 0), ("100", "50", "900", "0"))), Scale.nice(1204))
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")
    by_month = BarChart("events_by_period", "Events by month", months, (
        Series("completed", "Completed", "#1d4e89", (3, 9, 8, 2, 5, 9), ("3", "9", "8", "2", "5", "9")),
        Series("planned", "Planned", "#90caf9", (4, 0, 3, 3, 7, 8), ("4", "0", "3", "3", "7", "8"))),
        Scale.nice(17), orientation="vertical", stacked=True)
    for chart in (by_sex, by_month):
        drawing = bar_chart_drawing(chart, WIDTH)
        texts = _texts(drawing)
        assert all(series.label in texts for series in chart.series)  # the legend
        written = Counter(texts)
        written.subtract(Counter(t for series in chart.series for t in series.texts))
        assert min(written.values()) >= 0  # every value, as often as the description has it
        assert drawing.width == WIDTH
    texts = _texts(bar_chart_drawing(by_month, WIDTH))
    assert all(month in texts for month in months)


def test_an_empty_chart_says_so() -> None:
    chart = BarChart("progress", "Progress", (), (), Scale(100, 20, "percent"), empty_text="Nothing to count")
    assert _texts(bar_chart_drawing(chart, WIDTH)) == ["Nothing to count"]


def small_map() -> MemberStateMap:
    """A mainland with a lake (a hole), another state, and three islands in an inset: two with
    rings and markers, one with a marker only."""
    return MemberStateMap(1000, 1100, {
        "AAA": StateShape("AAA", (((100, 100), (600, 100), (600, 700), (100, 700)),
                                  ((250, 250), (400, 250), (400, 400), (250, 400)))),
        "BBB": StateShape("BBB", (((200, 750), (500, 750), (450, 1050), (250, 1050)),)),
        "CCC": StateShape("CCC", (((820, 120), (830, 120), (830, 130), (820, 130)),), (825, 125)),
        "DDD": StateShape("DDD", (((860, 200), (872, 200), (872, 214), (860, 214)),), (866, 207)),
        "EEE": StateShape("EEE", (), (900, 300)),
    }, (Inset("eastern_caribbean", (780, 80, 180, 280)),), 8)


BINS = (ColourBin(0, 0, "#f1f5f9", "None"), ColourBin(1, 4, "#c6dbef", "1–4"),
        ColourBin(5, 19, "#6baed6", "5–19"), ColourBin(20, 10**9, "#08519c", "20+"))


def _map_chart(selected: str | None = None) -> MapChart:
    values = {"AAA": 12, "BBB": 0, "CCC": 3, "DDD": 60}  # EEE has no figure
    return MapChart("map", "Events by member state", "events", "Events", values,
                    {k: str(v) for k, v in values.items()}, {k: f"{k} land" for k in ("AAA", "BBB", "CCC", "DDD", "EEE")},
                    BINS, selected=selected, caption="Completed events by member state, January–June 2016.",
                    disclaimer="Boundaries and names shown do not imply endorsement by the OAS.")


def test_map_fills_each_state_in_its_bin_colour_with_markers_for_the_islands() -> None:
    geometry = small_map()
    drawing = map_drawing(_map_chart(), geometry, WIDTH)
    shapes = [s for s in _walk(drawing) if getattr(s, "iso3", None)]
    filled = {}
    for shape in shapes:
        if shape.fillColor is not None:
            filled.setdefault(shape.iso3, set()).add(_hex(shape.fillColor))
    assert set(filled) == set(geometry.states)  # every state, the one without rings too
    assert filled == {"AAA": {"#6baed6"}, "BBB": {"#f1f5f9"}, "CCC": {"#c6dbef"}, "DDD": {"#08519c"},
                      "EEE": {"#eeeeee"}}
    markers = {s.iso3 for s in shapes if isinstance(s, Circle)}
    assert markers == {"CCC", "DDD", "EEE"}
    lake = next(s for s in shapes if isinstance(s, Path) and s.iso3 == "AAA")
    assert lake.fillMode == 0 and lake.operators.count(3) == 2  # even-odd over both rings: the lake stays open
    # y flipped: the state drawn lower on the map (larger y in map units) is lower on the page.
    bbb = next(s for s in shapes if isinstance(s, Path) and s.iso3 == "BBB")
    assert max(bbb.points[1::2]) < min(lake.points[1::2])
    texts = _texts(drawing)
    for words in ("Events", "None", "1–4", "5–19", "20+", "No data", "Eastern Caribbean",
                  "Completed events by member state, January–June 2016.",
                  "Boundaries and names shown do not imply endorsement by the OAS."):
        assert words in texts
    assert not [s for s in shapes if s.role == "selected"]  # nothing selected: nothing outlined


def test_map_outlines_the_selected_state() -> None:
    for iso3, kind in (("AAA", Path), ("EEE", Circle)):
        drawing = map_drawing(_map_chart(selected=iso3), small_map(), WIDTH)
        outlined = [s for s in _walk(drawing) if getattr(s, "role", None) == "selected"]
        assert [(s.iso3, type(s).__mro__[1]) for s in outlined] == [(iso3, kind)]
        assert outlined[0].fillColor is None and outlined[0].strokeWidth > 1
        everything = _walk(drawing)
        fills = [i for i, s in enumerate(everything) if getattr(s, "iso3", None) and s.fillColor is not None]
        assert everything.index(outlined[0]) > max(fills)  # over the fills, never hidden by a neighbour


def test_map_fits_the_width_it_is_given() -> None:
    drawing = map_drawing(_map_chart(), small_map(), 300)
    assert drawing.width == 300
    xs = [x for s in _walk(drawing) if isinstance(s, Path) for x in s.points[0::2]]
    assert 0 <= min(xs) and max(xs) <= 300


# --- In the reports ------------------------------------------------------------------------------

H1 = dict(kind="semiannual", date_from=dt.date(2016, 1, 1), date_to=dt.date(2016, 6, 30), issued=dt.date(2016, 7, 15))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _report_map(db, options: ReportOptions) -> MapChart:  # type: ignore[no-untyped-def]
    """The map the report draws, as the dashboard describes it for the report's filter."""
    from cicte_desktop.exports.pdf.chart_pages import report_map
    from cicte_desktop.exports.pdf.report_context import gather_parts

    with i18n.using_language(options.language):
        return report_map(gather_parts(db, options)[0])


@pytest.mark.parametrize("language", ["en", "es"])
def test_semiannual_report_has_the_map_page_with_caption_legend_and_disclaimer(db, tmp_path, language) -> None:
    add_demo_events(db, 60, seed=8, years=(2016,))
    options = ReportOptions(**H1, language=language)
    out = tmp_path / f"{language}.pdf"
    export_report(db, options, out)
    chart = _report_map(db, options)
    assert chart.selected is None and chart.caption and chart.disclaimer
    pages = [_flat(page.extract_text()) for page in PdfReader(out).pages]
    map_pages = [page for page in pages if _flat(chart.disclaimer) in page]
    assert len(map_pages) == 1  # one map page, with its caption and every bin of the legend
    page = map_pages[0]
    assert _flat(chart.title) in page and _flat(chart.caption) in page and chart.measure_label in page
    for colour_bin in chart.bins:
        assert colour_bin.label in page
    english = _report_map(db, dataclasses.replace(options, language="en"))
    if language == "es":  # the words of the map in the reader's language
        assert chart.disclaimer != english.disclaimer and chart.caption != english.caption
        assert english.disclaimer not in page
    assert "endorsement" in english.disclaimer and "Organization of American States" in english.disclaimer


def test_member_state_report_outlines_its_state_on_the_map(db, tmp_path) -> None:
    from cicte_desktop.exports.pdf.chart_pages import map_page, report_map
    from cicte_desktop.exports.pdf.report_context import gather_parts
    from cicte_desktop.services.member_state_map import member_state_map

    add_demo_events(db, 200, seed=8, years=(2016,))
    everyone = _report_map(db, ReportOptions(**H1, language="en"))
    state = max(everyone.values, key=lambda iso3: everyone.values[iso3])  # the state with the most events
    options = ReportOptions(**{**H1, "kind": "member-state"}, member_state=state, language="en")
    with i18n.using_language("en"):
        ctx = gather_parts(db, options)[0]
        chart = report_map(ctx)
        page = map_page(ctx, chart)
    assert chart.selected == state
    drawings = [d for block in page for d in getattr(block, "_content", [block]) if isinstance(d, Drawing)]
    outlined = [s for d in drawings for s in _walk(d) if getattr(s, "role", None) == "selected"]
    assert outlined and {s.iso3 for s in outlined} == {state}
    filled = {s.iso3 for d in drawings for s in _walk(d) if getattr(s, "role", None) in ("state", "marker")}
    assert filled == set(member_state_map().states)  # the other member states are drawn too
    out = tmp_path / "state.pdf"
    export_report(db, options, out)
    text = " ".join(_flat(page.extract_text()) for page in PdfReader(out).pages)
    assert _flat(chart.caption) in text and _flat(chart.disclaimer) in text


def test_report_charts_write_the_dashboards_values(db, tmp_path) -> None:
    """The PDF's bar charts are the dashboard's for the report's filter: every value it writes."""
    from cicte_desktop.exports.pdf.chart_pages import BAR_CHARTS, report_dashboard
    from cicte_desktop.exports.pdf.report_context import gather_parts

    add_demo_events(db, 60, seed=8, years=(2016,))
    options = ReportOptions(**H1, language="en")
    out = tmp_path / "h1.pdf"
    export_report(db, options, out)
    with i18n.using_language("en"):
        board = report_dashboard(gather_parts(db, options)[0])
    text = " ".join(_flat(page.extract_text()) for page in PdfReader(out).pages)
    for key in BAR_CHARTS:
        chart = board.chart(key)
        assert isinstance(chart, BarChart) and not chart.empty
        assert chart.title in text
        assert all(category.split()[-1] in text for category in chart.categories)


def test_report_charts_are_in_the_light_colours_while_the_window_is_dark(db) -> None:
    """Paper is white: a report made while the window shows the dark theme keeps the light table's
    colours (the window keeps its own)."""
    from cicte_desktop import style_roles
    from cicte_desktop.exports.pdf.chart_pages import report_dashboard
    from cicte_desktop.exports.pdf.report_context import gather_parts

    add_demo_events(db, 60, seed=8, years=(2016,))
    options = ReportOptions(**H1, language="en")
    style_roles.use_theme(style_roles.DARK)
    try:
        with i18n.using_language("en"):
            board = report_dashboard(gather_parts(db, options)[0])
        assert style_roles.theme() == style_roles.DARK
    finally:
        style_roles.use_theme(style_roles.LIGHT)
    light, dark = style_roles.colours(style_roles.LIGHT), style_roles.colours(style_roles.DARK)
    progress = board.chart("progress")
    assert isinstance(progress, BarChart) and progress.category_colours
    assert set(progress.category_colours) <= {light[name] for name in light if name.startswith("state-")}
    assert not set(progress.category_colours) & {dark[name] for name in dark if name.startswith("state-")}
    status = board.chart("events_by_period")
    assert light["chart-completed"] in {series.colour for series in status.series}
