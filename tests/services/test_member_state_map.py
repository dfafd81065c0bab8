"""The member-state map's shapes (resources/map/member_states.json) and the script that makes them."""

from __future__ import annotations

import importlib.util
import itertools
import json
import math
import os
import subprocess
import sys
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

from cicte_desktop.paths import resource_path
from cicte_desktop.services import member_state_map as msm
from cicte_desktop.services.reference import member_states

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "script" / "make_member_state_map"
SMALL_ISLAND_STATES = ("ATG", "BRB", "DMA", "GRD", "KNA", "LCA", "VCT")
#: Places well inside a state, as longitude and latitude.
INLAND = {
    "BRA": (-47.88, -15.79),  # Brasília
    "CAN": (-114.37, 62.45),  # Yellowknife
    "USA": (-98.58, 39.83),  # Lebanon, Kansas
    "MEX": (-99.13, 19.43),  # Mexico City
    "ARG": (-64.18, -31.42),  # Córdoba
    "CHL": (-70.65, -33.45),  # Santiago, between the Pacific and the Andes
    "SLV": (-89.19, 13.69),  # San Salvador
    "JAM": (-77.30, 18.10),  # the middle of Jamaica
}
OPEN_SEA = {"South Pacific": (-120.0, -30.0), "South Atlantic": (-45.0, -35.0), "Gulf of Mexico": (-90.0, 25.0)}


@pytest.fixture(scope="module")
def the_map() -> msm.MemberStateMap:
    return msm.member_state_map()


def _points(shape: msm.StateShape) -> list[msm.Point]:
    return [point for ring in shape.rings for point in ring]


def _in_frame(point: msm.Point, frame: tuple[float, float, float, float]) -> bool:
    x, y, width, height = frame
    return x <= point[0] <= x + width and y <= point[1] <= y + height


def test_the_map_draws_each_member_state_and_nothing_else(db, the_map) -> None:
    seeded = {state.iso3 for state in member_states(db)}
    assert len(seeded) == 35
    assert set(the_map.states) == seeded
    for iso3, shape in the_map.states.items():
        assert shape.rings, iso3
        assert all(len(ring) >= 3 for ring in shape.rings), iso3


def test_every_ring_and_inset_lies_inside_the_box(the_map) -> None:
    box = (0.0, 0.0, the_map.width, the_map.height)
    for iso3, shape in the_map.states.items():
        assert all(_in_frame(point, box) for point in _points(shape)), iso3
    assert [inset.key for inset in the_map.insets] == ["eastern_caribbean"]
    assert _in_frame(the_map.insets[0].frame[:2], box)
    x, y, width, height = the_map.insets[0].frame
    assert _in_frame((x + width, y + height), box)


def test_the_small_island_states_are_in_the_inset_and_the_rest_outside_it(the_map) -> None:
    frame = the_map.insets[0].frame
    for iso3, shape in the_map.states.items():
        inside = [_in_frame(point, frame) for point in _points(shape)]
        if iso3 in SMALL_ISLAND_STATES:
            assert all(inside), iso3
            assert shape.marker is not None and _in_frame(shape.marker, frame), iso3
        else:  # nothing of the main map hides under the inset
            assert not any(inside), iso3
            assert shape.marker is None or not _in_frame(shape.marker, frame), iso3


def test_markers_are_apart_and_each_finds_its_state(the_map) -> None:
    markers = {iso3: shape.marker for iso3, shape in the_map.states.items() if shape.marker}
    assert set(SMALL_ISLAND_STATES) <= set(markers)
    for (first, a), (second, b) in itertools.combinations(markers.items(), 2):
        assert math.dist(a, b) >= 2.5 * the_map.marker_radius, (first, second)
    for iso3, marker in markers.items():
        assert the_map.state_at(*marker) == iso3
        # The marker sits on the state's own island(s), not out at sea.
        x, y, width, height = the_map.states[iso3].bounds()
        assert _in_frame(marker, (x, y, width, height)), iso3


def test_big_states_are_found_inland_and_the_open_sea_is_nobodys(the_map) -> None:
    assert the_map.projection is not None
    for iso3, (longitude, latitude) in INLAND.items():
        assert the_map.state_at(*the_map.projection.point(longitude, latitude)) == iso3
    for sea, (longitude, latitude) in OPEN_SEA.items():
        assert the_map.state_at(*the_map.projection.point(longitude, latitude)) is None, sea


def test_the_map_is_a_map_of_the_americas(the_map) -> None:
    """North above south, west left of east: Canada over the United States over Mexico over Brazil over
    Argentina; Chile west of Argentina; Hawaii left out and nothing beyond 180° in the box."""
    centre = {iso3: (x + w / 2, y + h / 2) for iso3, (x, y, w, h) in
              ((iso3, shape.bounds()) for iso3, shape in the_map.states.items())}
    order = [centre[iso3][1] for iso3 in ("CAN", "USA", "MEX", "BRA", "ARG")]
    assert order == sorted(order)
    assert centre["CHL"][0] < centre["ARG"][0]
    assert the_map.projection is not None
    west, north = the_map.projection.point(-161.0, 23.0)
    east, south = the_map.projection.point(-154.0, 18.0)
    assert not [(x, y) for x, y in _points(the_map.states["USA"]) if west <= x <= east and north <= y <= south]
    assert the_map.projection.point(-180.0, 0.0)[0] < 0  # the antimeridian is off the map


def test_the_map_file_is_small(the_map) -> None:
    assert resource_path("resources", "map", "member_states.json").stat().st_size < 300_000


# -- The script that makes the file --------------------------------------------------------------

def _script():
    loader = SourceFileLoader("make_member_state_map", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


#: Two squares of 2° side south of the Equator, Brazil's (076) west of Paraguay's (600); arc 0 is
#: their common border, walked northwards with a 0.001° wiggle; Paraguay's ring takes it backwards
#: (index -1). A French (250) square beside them is no member state. Quantized to 0.001°.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.001, 0.001], "translate": [-60, -20]},
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "076", "properties": {"name": "Brazil"}, "arcs": [[0, 1]]},
        {"type": "MultiPolygon", "id": "600", "properties": {"name": "Paraguay"}, "arcs": [[[-1, 2]]]},
        {"type": "Polygon", "id": "250", "properties": {"name": "France"}, "arcs": [[3]]},
    ]}},
    "arcs": [
        [[2000, 0], [1, 1000], [-1, 1000]],
        [[2000, 2000], [-2000, 0], [0, -2000], [2000, 0]],
        [[2000, 0], [2000, 0], [0, 2000], [-2000, 0]],
        [[0, 3000], [500, 0], [0, 500], [-500, 0], [0, -500]],
    ],
}


def test_the_script_decodes_quantized_delta_encoded_arcs() -> None:
    arcs = _script().decode_arcs(TOPOLOGY)
    assert arcs[0] == [pytest.approx((-58.0, -20.0)), pytest.approx((-57.999, -19.0)), pytest.approx((-58.0, -18.0))]
    assert arcs[2][-1] == pytest.approx((-58.0, -18.0))


def test_the_script_walks_a_negative_arc_index_backwards() -> None:
    script = _script()
    arcs = script.decode_arcs(TOPOLOGY)
    paraguay = script.ring_points([-1, 2], arcs)
    expected = [(-58.0, -18.0), (-57.999, -19.0), (-58.0, -20.0), (-56.0, -20.0), (-56.0, -18.0), (-58.0, -18.0)]
    assert paraguay == [pytest.approx(point) for point in expected]
    brazil = script.ring_points([0, 1], arcs)
    assert brazil[0] == pytest.approx(brazil[-1])  # closed, the shared point not repeated mid-ring
    assert len(brazil) == 3 + 4 - 1


def test_neighbours_keep_one_border_and_others_are_left_out() -> None:
    data = _script().build(TOPOLOGY, allow_missing=True)
    drawn = msm.parse(data)
    assert set(drawn.states) == {"BRA", "PRY"}
    assert drawn.insets == ()
    brazil, paraguay = drawn.states["BRA"].rings[0], drawn.states["PRY"].rings[0]
    bx, _, bw, _ = drawn.states["BRA"].bounds()
    px, _, pw, _ = drawn.states["PRY"].bounds()
    brazil_east = {point for point in brazil if point[0] > bx + 0.9 * bw}
    paraguay_west = {point for point in paraguay if point[0] < px + 0.1 * pw}
    assert len(brazil_east) >= 2 and brazil_east == paraguay_west  # no gap, no overlap
    assert drawn.state_at(*drawn.projection.point(-59.0, -19.0)) == "BRA"
    assert drawn.state_at(*drawn.projection.point(-57.0, -19.0)) == "PRY"
    assert drawn.projection.point(-60.0, -20.0) == pytest.approx(min(brazil, key=lambda p: p[0] - p[1]), abs=0.05)


def test_the_script_writes_the_same_bytes_for_the_same_input(tmp_path: Path) -> None:
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(TOPOLOGY), encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"map-{seed}.json"
        result = subprocess.run([sys.executable, str(SCRIPT), "--allow-missing", str(source), str(out)],
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert set(msm.parse(json.loads(outputs[0])).states) == {"BRA", "PRY"}


def test_the_script_refuses_a_file_without_all_member_states(tmp_path: Path) -> None:
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(TOPOLOGY), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCRIPT), str(source), str(tmp_path / "map.json")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "ARG" in result.stderr and not (tmp_path / "map.json").exists()


def test_the_arctic_cut_leaves_separate_pieces_without_bridges_along_the_cut() -> None:
    """A U upside down (y grows downwards) cut across its legs: two legs, not one ring whose
    zero-width bridge along the cut a renderer would stroke as a line in the sea."""
    script = _script()
    arch = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (7.0, 10.0), (7.0, 2.0), (3.0, 2.0), (3.0, 10.0), (0.0, 10.0)]
    legs = script.clip_below(arch + arch[:1], 5.0)
    assert sorted(script.area(leg) for leg in legs) == [pytest.approx(15.0), pytest.approx(15.0)]
    assert not [point for leg in legs for point in leg if 3.0 < point[0] < 7.0]
    assert script.clip_below(arch, -1.0) == [arch]
    assert script.clip_below(arch, 11.0) == []
