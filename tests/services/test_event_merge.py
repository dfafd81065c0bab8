"""Two saves of one event merged (``inputs.merged``): what the form shows after someone else saved
the event it was editing. Fields both changed keep the form's; rosters, files, member states and
partners merge item by item, so that neither person's additions are lost."""

from __future__ import annotations

import dataclasses

from cicte_desktop.services.events.inputs import AttachmentInput, EventInput, ParticipantInput, merged

ANA, TOM, KOFI = (ParticipantInput("p-ana", "Ana Ruiz", "F"), ParticipantInput("p-tom", "Tom Hardy", "M"),
                  ParticipantInput("p-kofi", "Kofi Mensah", "M"))
BASE = EventInput("act", "workshop", "Port security", venue="Port", member_states=("JAM", "TTO"),
                  partners=("p1",), participants=(ANA, TOM), women=1, men=1, participants_total=2)


def test_fields_only_the_other_changed_are_theirs_and_both_changed_are_mine() -> None:
    mine = dataclasses.replace(BASE, title="Port security (corrected)", venue="Harbour")
    theirs = dataclasses.replace(BASE, venue="Ocho Rios", city="Kingston")
    both = merged(BASE, mine, theirs)
    assert (both.title, both.venue, both.city) == ("Port security (corrected)", "Harbour", "Kingston")


def test_each_persons_additions_and_removals_on_the_roster_are_kept() -> None:
    marisol = ParticipantInput(None, "Marisol Quispe", "F")
    mine = dataclasses.replace(BASE, participants=(ANA, marisol), women=2, men=0, participants_total=2)
    theirs = dataclasses.replace(BASE, participants=(ANA, TOM, KOFI), men=2, participants_total=3)
    both = merged(BASE, mine, theirs)
    assert [p.name for p in both.participants] == ["Ana Ruiz", "Kofi Mensah", "Marisol Quispe"]
    assert (both.women, both.men, both.sex_not_recorded, both.participants_total) == (2, 1, 0, 3)


def test_an_edit_wins_over_the_others_removal_and_typed_counts_stay() -> None:
    tom = dataclasses.replace(TOM, institution="Coast Guard")
    mine = dataclasses.replace(BASE, participants=(ANA, tom), women=5, men=9, participants_total=14)  # typed counts
    theirs = dataclasses.replace(BASE, participants=(ANA,))
    both = merged(BASE, mine, theirs)
    assert both.participants == (ANA, tom)
    assert (both.women, both.men, both.participants_total) == (5, 9, 14)


def test_member_states_partners_and_files_merge_as_sets() -> None:
    photo = AttachmentInput(None, "photo.jpg", "ab" * 32, 10)
    mine = dataclasses.replace(BASE, member_states=("JAM", "BRB"), partners=("p1", "p2"), attachments=(photo,))
    theirs = dataclasses.replace(BASE, member_states=("JAM", "TTO", "GUY"), partners=(),
                                 attachments=(AttachmentInput("f1", "list.pdf", "cd" * 32, 20),))
    both = merged(BASE, mine, theirs)
    assert both.member_states == ("JAM", "GUY", "BRB")  # TTO removed here, GUY added there
    assert both.partners == ("p2",)  # p1 removed there (and kept unchanged here)
    assert [a.file_name for a in both.attachments] == ["list.pdf", "photo.jpg"]
