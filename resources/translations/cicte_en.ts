<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AttendanceImportDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="272" />
            <source>%n person(people) will be added to the roster</source>
            <translation>
                <numerusform>%n person will be added to the roster</numerusform>
                <numerusform>%n people will be added to the roster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="273" />
            <source>%n with something to check</source>
            <translation>
                <numerusform>%n with something to check</numerusform>
                <numerusform>%n with something to check</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="274" />
            <source>%n row(s) of the sheet will be skipped, each with why</source>
            <translation>
                <numerusform>%n row of the sheet will be skipped, with why</numerusform>
                <numerusform>%n rows of the sheet will be skipped, each with why</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems will be skipped</source>
            <translation type="vanished">
                <numerusform>%n row with problems will be skipped</numerusform>
                <numerusform>%n rows with problems will be skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="351" />
            <source>Integrity: %n problem(s)</source>
            <translation>
                <numerusform>Integrity: %n problem</numerusform>
                <numerusform>Integrity: %n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="356" />
            <source>References: %n row(s) point to missing rows</source>
            <translation>
                <numerusform>References: %n row points to missing rows</numerusform>
                <numerusform>References: %n rows point to missing rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_backup.py" line="410" />
            <source>{backup} has %n row(s) that point to missing rows, which the server does not take, so nothing was restored. Restore it onto a laptop instead, where the check of the database says which.</source>
            <translation>
                <numerusform>{backup} has %n row that points to missing rows, which the server does not take, so nothing was restored. Restore it onto a laptop instead, where the check of the database says which.</numerusform>
                <numerusform>{backup} has %n rows that point to missing rows, which the server does not take, so nothing was restored. Restore it onto a laptop instead, where the check of the database says which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_check.py" line="176" />
            <source>Search index: %n record(s) missing or out of date: searches do not find them as they are</source>
            <translation>
                <numerusform>Search index: %n record missing or out of date: searches do not find it as it is</numerusform>
                <numerusform>Search index: %n records missing or out of date: searches do not find them as they are</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The server database has %n row(s) that point to missing rows, so no backup was written; the check of the database says which.</source>
            <translation type="vanished">
                <numerusform>The server database has %n row that points to missing rows, so no backup was written; the check of the database says which.</numerusform>
                <numerusform>The server database has %n rows that point to missing rows, so no backup was written; the check of the database says which.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BrowseController</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="124" />
            <source>%n work area(s)</source>
            <translation>
                <numerusform>%n work area</numerusform>
                <numerusform>%n work areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="125" />
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n program</numerusform>
                <numerusform>%n programs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="126" />
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="127" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n planned activity</numerusform>
                <numerusform>%n planned activities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="27" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="27" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="98" />
            <source>Note: %n row(s) of the database point to records that are missing; check tells which.</source>
            <translation>
                <numerusform>Note: %n row of the database points to records that are missing; check tells which.</numerusform>
                <numerusform>Note: %n rows of the database point to records that are missing; check tells which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/demo.py" line="38" />
            <source>Added %n demo event(s) to {path} in {seconds:.1f} s.</source>
            <translation>
                <numerusform>Added %n demo event to {path} in {seconds:.1f} s.</numerusform>
                <numerusform>Added %n demo events to {path} in {seconds:.1f} s.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="60" />
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="60" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="61" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="62" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>%n event(s) created</source>
            <translation>
                <numerusform>%n event created</numerusform>
                <numerusform>%n events created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n record in all</numerusform>
                <numerusform>%n records in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="60" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflict resolved</numerusform>
                <numerusform>%n conflicts resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n file stored</numerusform>
                <numerusform>%n files stored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="38" />
            <source>%n work area(s)</source>
            <translation>
                <numerusform>%n work area</numerusform>
                <numerusform>%n work areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="39" />
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n program</numerusform>
                <numerusform>%n programs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="39" />
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="40" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n planned activity</numerusform>
                <numerusform>%n planned activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="60" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n plan item</numerusform>
                <numerusform>%n plan items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="80" />
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="81" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retired</numerusform>
                <numerusform>%n retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="104" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/reports.py" line="46" />
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificate</numerusform>
                <numerusform>%n certificates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/reports.py" line="49" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="183" />
            <source>Events matching “{text}”: %n of {total}</source>
            <translation>
                <numerusform>Events matching “{text}”: %n of {total}</numerusform>
                <numerusform>Events matching “{text}”: %n of {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="196" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln woman</numerusform>
                <numerusform>%Ln women</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="197" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln man</numerusform>
                <numerusform>%Ln men</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="198" />
            <source>%n member state(s) reached</source>
            <translation>
                <numerusform>%n member state reached</numerusform>
                <numerusform>%n member states reached</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="117" />
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="118" />
            <source>%n person(people)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="119" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="41" />
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="41" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="42" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="43" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n work area(s)</source>
            <translation type="vanished">
                <numerusform>%n work area</numerusform>
                <numerusform>%n work areas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation type="vanished">
                <numerusform>%n program</numerusform>
                <numerusform>%n programs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation type="vanished">
                <numerusform>%n project</numerusform>
                <numerusform>%n projects</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned activity(ies)</source>
            <translation type="vanished">
                <numerusform>%n planned activity</numerusform>
                <numerusform>%n planned activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Last backup: %n hour(s) ago</source>
            <translation type="vanished">
                <numerusform>Last backup: %n hour ago</numerusform>
                <numerusform>Last backup: %n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation type="vanished">
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation type="vanished">
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Note: %n row(s) of the database point to records that are missing; Tools &gt; Check the Database tells which.</source>
            <translation type="vanished">
                <numerusform>Note: %n row of the database points to records that are missing; Tools &gt; Check the Database tells which.</numerusform>
                <numerusform>Note: %n rows of the database point to records that are missing; Tools &gt; Check the Database tells which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plan item(s)</source>
            <translation type="vanished">
                <numerusform>%n plan item</numerusform>
                <numerusform>%n plan items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation type="vanished">
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation type="vanished">
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired</source>
            <translation type="vanished">
                <numerusform>%n retired</numerusform>
                <numerusform>%n retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) created</source>
            <translation type="vanished">
                <numerusform>%n event created</numerusform>
                <numerusform>%n events created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) in all</source>
            <translation type="vanished">
                <numerusform>%n record in all</numerusform>
                <numerusform>%n records in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation type="vanished">
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation type="vanished">
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation type="vanished">
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation type="vanished">
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved</source>
            <translation type="vanished">
                <numerusform>%n conflict resolved</numerusform>
                <numerusform>%n conflicts resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stored</source>
            <translation type="vanished">
                <numerusform>%n file stored</numerusform>
                <numerusform>%n files stored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n units over the planned activities below</source>
            <translation type="vanished">
                <numerusform>%n unit over the planned activities below</numerusform>
                <numerusform>%n units over the planned activities below</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="174" />
            <source>{state}: %Ln participant(s)</source>
            <translation>
                <numerusform>{state}: %Ln participant</numerusform>
                <numerusform>{state}: %Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="176" />
            <source>{state}: %Ln event(s)</source>
            <translation>
                <numerusform>{state}: %Ln event</numerusform>
                <numerusform>{state}: %Ln events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="181" />
            <source>%n record(s) are here already under another identity and are left as they are.</source>
            <translation>
                <numerusform>%n record is here already under another identity and is left as it is.</numerusform>
                <numerusform>%n records are here already under another identity and are left as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="184" />
            <source>%n change(s) in this package may not be made from {device} and will be left out (see Refused).</source>
            <translation>
                <numerusform>%n change in this package may not be made from {device} and will be left out (see Refused).</numerusform>
                <numerusform>%n changes in this package may not be made from {device} and will be left out (see Refused).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackagesController</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="75" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="76" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n record in all</numerusform>
                <numerusform>%n records in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="77" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="161" />
            <source>%n new</source>
            <translation>
                <numerusform>%n new</numerusform>
                <numerusform>%n new</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="162" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="163" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="164" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflict resolved</numerusform>
                <numerusform>%n conflicts resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="165" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n file stored</numerusform>
                <numerusform>%n files stored</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="81" />
            <source>Opening the report (%n page(s)) in your PDF viewer…</source>
            <translation>
                <numerusform>Opening the report (%n page) in your PDF viewer…</numerusform>
                <numerusform>Opening the report (%n pages) in your PDF viewer…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="85" />
            <source>%n page(s). Save it where you want to keep it.</source>
            <translation>
                <numerusform>%n page. Save it where you want to keep it.</numerusform>
                <numerusform>%n pages. Save it where you want to keep it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="112" />
            <source>The report (%n page(s)) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation>
                <numerusform>The report (%n page) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</numerusform>
                <numerusform>The report (%n pages) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="116" />
            <source>No PDF viewer could be opened on this computer. The report (%n page(s)) was written to:
{path}

Open its folder to look at it with another program, then save it here where you want to keep it (this copy is removed when you close this window).</source>
            <translation>
                <numerusform>No PDF viewer could be opened on this computer. The report (%n page) was written to:
{path}

Open its folder to look at it with another program, then save it here where you want to keep it (this copy is removed when you close this window).</numerusform>
                <numerusform>No PDF viewer could be opened on this computer. The report (%n pages) was written to:
{path}

Open its folder to look at it with another program, then save it here where you want to keep it (this copy is removed when you close this window).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="194" />
            <source>%n item of the plan was amended after its approval: it is marked {mark}, with the date and reason of each amendment under it.</source>
            <translation>
                <numerusform>%n item of the plan was amended after its approval: it is marked {mark}, with the date and reason of each amendment under it.</numerusform>
                <numerusform>%n items of the plan were amended after its approval: they are marked {mark}, with the date and reason of each amendment under them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="200" />
            <source>%n completed event of this period was logged under another year's work plan: it is not counted here (the Excel workbook lists it in its Events sheet).</source>
            <translation>
                <numerusform>%n completed event of this period was logged under another year's work plan: it is not counted here (the Excel workbook lists it in its Events sheet).</numerusform>
                <numerusform>%n completed events of this period were logged under another year's work plan: they are not counted here (the Excel workbook lists them in its Events sheet).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln woman</numerusform>
                <numerusform>%Ln women</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln man</numerusform>
                <numerusform>%Ln men</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfReportDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="112" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="34" />
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="35" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="36" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retired</numerusform>
                <numerusform>%n retired</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="37" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="60" />
            <source>Problems (%n)</source>
            <translation>
                <numerusform>Problems (%n)</numerusform>
                <numerusform>Problems (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="115" />
            <source>Added (%n)</source>
            <translation>
                <numerusform>Added (%n)</numerusform>
                <numerusform>Added (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="116" />
            <source>Changed (%n)</source>
            <translation>
                <numerusform>Changed (%n)</numerusform>
                <numerusform>Changed (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="117" />
            <source>Retired (%n)</source>
            <translation>
                <numerusform>Retired (%n)</numerusform>
                <numerusform>Retired (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="118" />
            <source>Unchanged (%n)</source>
            <translation>
                <numerusform>Unchanged (%n)</numerusform>
                <numerusform>Unchanged (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="119" />
            <source>Not in the workbook, kept as they are (%n)</source>
            <translation>
                <numerusform>Not in the workbook, kept as they are (%n)</numerusform>
                <numerusform>Not in the workbook, kept as they are (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="148" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="156" />
            <source>Rows not read (%n)</source>
            <translation>
                <numerusform>Rows not read (%n)</numerusform>
                <numerusform>Rows not read (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/privacy.py" line="77" />
            <source>Personal data removed for %n participant(s).</source>
            <translation>
                <numerusform>Personal data removed for %n participant.</numerusform>
                <numerusform>Personal data removed for %n participants.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/recovery.py" line="44" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/recovery.py" line="45" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SafetyController</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="113" />
            <source>Last backup: %n hour(s) ago</source>
            <translation>
                <numerusform>Last backup: %n hour ago</numerusform>
                <numerusform>Last backup: %n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="172" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="173" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="175" />
            <source>Note: %n row(s) of the database point to records that are missing; Tools &gt; Check the Database tells which.</source>
            <translation>
                <numerusform>Note: %n row of the database points to records that are missing; Tools &gt; Check the Database tells which.</numerusform>
                <numerusform>Note: %n rows of the database point to records that are missing; Tools &gt; Check the Database tells which.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkPlanTreeModel</name>
        <message numerus="yes">
            <source>%n target unit(s)</source>
            <translation type="vanished">
                <numerusform>%n target unit</numerusform>
                <numerusform>%n target units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved</source>
            <translation type="vanished">
                <numerusform>%n unit achieved</numerusform>
                <numerusform>%n units achieved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkbooksController</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="58" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="124" />
            <source>%n event(s) created</source>
            <translation>
                <numerusform>%n event created</numerusform>
                <numerusform>%n events created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="124" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="215" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n plan item</numerusform>
                <numerusform>%n plan items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="270" />
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="271" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retired</numerusform>
                <numerusform>%n retired</numerusform>
            </translation>
        </message>
    </context>
</TS>
