<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActivityPicker</name>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="93" />
            <source>{label} (retired)</source>
            <translation>{label} (retirada)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="165" />
            <source>Type a code or words of the project or activity to find it</source>
            <translation>Escriba un código o palabras del proyecto o de la actividad para encontrarla</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="170" />
            <source>Show the list of planned activities (Alt+Down)</source>
            <translation>Mostrar la lista de actividades previstas (Alt+Abajo)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="175" />
            <source>Show the whole plan</source>
            <translation>Mostrar todo el plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="287" />
            <source>Listing only the activities under {item}.</source>
            <translation>Solo se listan las actividades de {item}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="294" />
            <source>No planned activity matches “{text}”.</source>
            <translation>Ninguna actividad prevista coincide con «{text}».</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../cicte_desktop/app.py" line="99" />
            <source>Cannot connect to the server</source>
            <translation>No se puede conectar con el servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="103" />
            <source>Nothing was saved</source>
            <translation>No se guardó nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="106" />
            <source>(no log file: the data folder is not writable)</source>
            <translation>(sin archivo de registro: no se puede escribir en la carpeta de datos)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="109" />
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="110" />
            <source>Something went wrong: {error}

Your saved data is safe. The details were written to {log}; please send that file to support. You can keep working.</source>
            <translation>Se produjo un error: {error}

Los datos guardados están a salvo. Los detalles se escribieron en {log}; envíe ese archivo al servicio de asistencia. Puede seguir trabajando.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="vanished">Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>The file that could not be opened was kept as {aside}. The backup of {when} is now open in its place.</source>
            <translation type="vanished">El archivo que no se pudo abrir se conservó como {aside}. En su lugar está abierta ahora la copia de seguridad del {when}.</translation>
        </message>
        <message>
            <source>{path} was left as it is. The backup of {when} is open from {target}; open that file again next time (File &gt; Open Database).</source>
            <translation type="vanished">{path} se dejó tal como estaba. La copia de seguridad del {when} está abierta desde {target}; abra ese archivo la próxima vez (Archivo &gt; Abrir base de datos).</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation type="vanished">Abrir base de datos</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation type="vanished">Bases de datos CICTE (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="129" />
            <source>{name} has no worksheet.</source>
            <translation>{name} no tiene ninguna hoja de cálculo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="134" />
            <source>{name} was refused: its first sheet has more than {count} rows, far more than an attendance list.</source>
            <translation>{name} fue rechazado: su primera hoja tiene más de {count} filas, muchas más que una lista de asistencia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="148" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>No se pudo leer {name} como libro de Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="179" />
            <source>No column of {name} is headed with a name (Name, Nombre...) in its first rows: is it an attendance list?</source>
            <translation>Ninguna columna de {name} tiene un encabezado de nombre (Name, Nombre...) en sus primeras filas: ¿es una lista de asistencia?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="315" />
            <source>blank row</source>
            <translation>fila vacía</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="319" />
            <source>subtotal row</source>
            <translation>fila de subtotal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="321" />
            <source>total row</source>
            <translation>fila de total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="323" />
            <source>only a number, no person</source>
            <translation>solo un número, ninguna persona</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="326" />
            <source>heading or note, not a person</source>
            <translation>encabezado o nota, no una persona</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="341" />
            <source>title above the column headings</source>
            <translation>título sobre los encabezados de columna</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="343" />
            <source>column headings</source>
            <translation>encabezados de columna</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="377" />
            <source>no name</source>
            <translation>sin nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="383" />
            <source>“{name}” starts with “{sign}”, like a spreadsheet formula: skipped unless you keep it</source>
            <translation>“{name}” empieza con “{sign}”, como una fórmula de hoja de cálculo: se omite salvo que la conserve</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="386" />
            <source>“{name}” starts with “{sign}”, like a spreadsheet formula: kept as text</source>
            <translation>“{name}” empieza con “{sign}”, como una fórmula de hoja de cálculo: se conserva como texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="393" />
            <source>“{name}” holds a control character: skipped unless you keep it</source>
            <translation>“{name}” contiene un carácter de control: se omite salvo que la conserve</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="396" />
            <source>“{name}” held a control character: kept without it</source>
            <translation>“{name}” contenía un carácter de control: se conserva sin él</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="400" />
            <source>{name} is already on the roster</source>
            <translation>{name} ya figura entre los participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="402" />
            <source>{name} is listed twice in the sheet (also row {row})</source>
            <translation>{name} figura dos veces en la hoja (también en la fila {row})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="409" />
            <source>sex blank: imported as not recorded</source>
            <translation>sexo vacío: se importa como “sin registrar”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="411" />
            <source>sex “{value}” not understood: imported as not recorded</source>
            <translation>sexo “{value}” no reconocido: se importa como “sin registrar”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="417" />
            <source>country “{value}” is not a member state: kept as typed</source>
            <translation>el país “{value}” no es un Estado Miembro: se conserva como está escrito</translation>
        </message>
        <message>
            <source>sex “{value}” not understood (use F/M, Mujer/Hombre...)</source>
            <translation type="vanished">sexo “{value}” no reconocido (use F/M, Mujer/Hombre...)</translation>
        </message>
    </context>
    <context>
        <name>AttendanceImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="130" />
            <source>Import attendance sheet — {name}</source>
            <translation>Importar lista de asistencia — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="137" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="137" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="137" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="138" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="140" />
            <source>Columns of the sheet (headings in row {row})</source>
            <translation>Columnas de la hoja (encabezados en la fila {row})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="147" />
            <source>(not in the sheet)</source>
            <translation>(no figura en la hoja)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="150" />
            <source>Column {number}</source>
            <translation>Columna {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="165" />
            <source>Rows of the sheet</source>
            <translation>Filas de la hoja</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="184" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="221" />
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="221" />
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="221" />
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="222" />
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="225" />
            <source>OK</source>
            <translation>Correcta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="229" />
            <source>{problem}: {text}</source>
            <translation>{problem}: {text}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="237" />
            <source>In the sheet: {value}</source>
            <translation>En la hoja: {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="251" />
            <source>Keep this name as text</source>
            <translation>Conservar este nombre como texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="271" />
            <source>{good} ({warned}); {skipped}. Nothing is saved until you save the event.</source>
            <translation>{good} ({warned}); {skipped}. Nada se guarda hasta que guarde el evento.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="272" />
            <source>%n person(people) will be added to the roster</source>
            <translation>
                <numerusform>Se agregará %n persona a la lista de participantes</numerusform>
                <numerusform>Se agregarán %n personas a la lista de participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="273" />
            <source>%n with something to check</source>
            <translation>
                <numerusform>%n con algo que revisar</numerusform>
                <numerusform>%n con algo que revisar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="274" />
            <source>%n row(s) of the sheet will be skipped, each with why</source>
            <translation>
                <numerusform>se omitirá %n fila de la hoja, con el motivo</numerusform>
                <numerusform>se omitirán %n filas de la hoja, cada una con el motivo</numerusform>
            </translation>
        </message>
        <message>
            <source>To add to the roster: {good} (with something to check: {warned}). Rows of the sheet skipped, each with why: {skipped}. Nothing is saved until you save the event.</source>
            <translation type="vanished">Para agregar a la lista: {good} (con algo que revisar: {warned}). Filas de la hoja omitidas, cada una con el motivo: {skipped}. Nada se guarda hasta que guarde el evento.</translation>
        </message>
        <message>
            <source>Columns of the sheet</source>
            <translation type="vanished">Columnas de la hoja</translation>
        </message>
        <message>
            <source>{good} people will be added to the roster; {skipped} rows with problems will be skipped. Nothing is saved until you save the event.</source>
            <translation type="vanished">Se agregarán {good} personas a la lista de participantes; se omitirán {skipped} filas con problemas. No se guarda nada hasta que se guarde el evento.</translation>
        </message>
        <message>
            <source>{good}; {skipped}. Nothing is saved until you save the event.</source>
            <translation type="vanished">{good}; {skipped}. No se guarda nada hasta que se guarde el evento.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems will be skipped</source>
            <translation type="vanished">
                <numerusform>se omitirá %n fila con problemas</numerusform>
                <numerusform>se omitirán %n filas con problemas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="73" />
            <source>{target} is the database being copied: a backup cannot be written over the database itself. Choose another file.</source>
            <translation>{target} es la base de datos que se está copiando: una copia de seguridad no puede escribirse sobre la propia base de datos. Elija otro archivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="78" />
            <source>The copy to {target} could not be written ({detail}). Nothing was changed; check that the disk or USB stick has room and is still connected.</source>
            <translation>No se pudo escribir la copia en {target} ({detail}). No se modificó nada; compruebe que el disco o la memoria USB tenga espacio y siga conectado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="84" />
            <source>Another program is using {path} and did not let go of it within {seconds} seconds, so nothing was copied or changed. Close the other program and try again.</source>
            <translation>Otro programa está usando {path} y no lo liberó en {seconds} segundos, así que no se copió ni se modificó nada. Cierre el otro programa e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="112" />
            <source>{path} is not a file.</source>
            <translation>{path} no es un archivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="116" />
            <source>{path} is an empty database, not a backup.</source>
            <translation>{path} es una base de datos vacía, no una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="257" />
            <source>{backup} is the database itself: choose a backup file to restore.</source>
            <translation>{backup} es la propia base de datos: elija un archivo de copia de seguridad para restaurar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="260" />
            <source>{problem} Restoring would replace it, so nothing was changed.</source>
            <translation>{problem} La restauración lo reemplazaría, así que no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="281" />
            <source>{problem} The database is as it was.</source>
            <translation>{problem} La base de datos quedó tal como estaba.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="283" />
            <source>{path} could not be restored ({detail}); it is as it was.</source>
            <translation>No se pudo restaurar {path} ({detail}); quedó tal como estaba.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="301" />
            <source>{path} could not be kept before restoring ({detail}); nothing was changed.</source>
            <translation>No se pudo conservar {path} antes de restaurar ({detail}); no se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="348" />
            <source>Integrity: ok</source>
            <translation>Integridad: correcta</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="351" />
            <source>Integrity: %n problem(s)</source>
            <translation>
                <numerusform>Integridad: %n problema</numerusform>
                <numerusform>Integridad: %n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="356" />
            <source>References: %n row(s) point to missing rows</source>
            <translation>
                <numerusform>Referencias: %n fila remite a filas inexistentes</numerusform>
                <numerusform>Referencias: %n filas remiten a filas inexistentes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="359" />
            <source>References: ok</source>
            <translation>Referencias: correctas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="360" />
            <source>Schema revision: {revision}</source>
            <translation>Revisión del esquema: {revision}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="362" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="362" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="370" />
            <source>Integrity: the file is damaged ({detail})</source>
            <translation>Integridad: el archivo está dañado ({detail})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="101" />
            <source>The table {table} is not the same on the server as in the file, so nothing was copied; both must be at the same version of CICTE Desktop (run upgrade).</source>
            <translation>La tabla {table} no es igual en el servidor que en el archivo, así que no se copió nada; ambos deben estar en la misma versión de CICTE Desktop (ejecute upgrade).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="210" />
            <source>Nothing was written.</source>
            <translation>No se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="225" />
            <source>Other work on {name} (program managers saving, or the server's maintenance) went on the whole time, so it could not be done. {outcome} Try again in a moment.</source>
            <translation>Hubo otro trabajo en {name} (gerentes de programa guardando, o el mantenimiento del servidor) durante todo ese tiempo, así que no se pudo hacer. {outcome} Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="229" />
            <source>The server refused it ({detail}). {outcome}</source>
            <translation>El servidor lo rechazó ({detail}). {outcome}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="252" />
            <source>{backup} could not be copied to bring it to this version ({detail}), so nothing was restored.</source>
            <translation>No se pudo copiar {backup} para llevarla a esta versión ({detail}), así que no se restauró nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="272" />
            <source>The database {name} is not ready for this version of CICTE Desktop, so nothing was restored: run cicte-desktop --db {url} upgrade first.</source>
            <translation>La base de datos {name} no está preparada para esta versión de CICTE Desktop, así que no se restauró nada: ejecute primero cicte-desktop --db {url} upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="315" />
            <source>Nothing was restored: the database is as it was.</source>
            <translation>No se restauró nada: la base de datos quedó tal como estaba.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="317" />
            <source>Whether the restore took effect is not known; the database as it was is kept in {kept}.</source>
            <translation>No se sabe si la restauración se aplicó; la base de datos tal como estaba se conserva en {kept}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="324" />
            <source>{backup} could not be read ({detail}). {outcome}</source>
            <translation>No se pudo leer {backup} ({detail}). {outcome}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="369" />
            <source>The server lets only the owner of the database's tables restore it (the role that ran upgrade), so nothing was restored. Ask the database administrator.</source>
            <translation>El servidor solo permite restaurarla al propietario de las tablas de la base de datos (el rol que ejecutó upgrade), así que no se restauró nada. Consulte al administrador de la base de datos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_backup.py" line="410" />
            <source>{backup} has %n row(s) that point to missing rows, which the server does not take, so nothing was restored. Restore it onto a laptop instead, where the check of the database says which.</source>
            <translation>
                <numerusform>{backup} tiene %n fila que remite a filas inexistentes, que el servidor no acepta, así que no se restauró nada. Restáurela en una computadora portátil, donde la comprobación de la base de datos indica cuál.</numerusform>
                <numerusform>{backup} tiene %n filas que remiten a filas inexistentes, que el servidor no acepta, así que no se restauró nada. Restáurela en una computadora portátil, donde la comprobación de la base de datos indica cuáles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="414" />
            <source>{backup} is a backup of a laptop ({device}): restored here, headquarters' database would become that laptop's, its identity and role with it, so nothing was restored. Bring the laptop's work in with its field package instead; to replace headquarters' database all the same, run cicte-desktop --db URL restore FILE --force.</source>
            <translation>{backup} es una copia de seguridad de una computadora portátil ({device}): restaurada aquí, la base de datos de la sede pasaría a ser la de esa computadora, con su identidad y su función, así que no se restauró nada. Incorpore el trabajo de esa computadora con su paquete de campo; para reemplazar de todos modos la base de datos de la sede, ejecute cicte-desktop --db URL restore FILE --force.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="462" />
            <source>The server took {found} rows of {table} where the backup holds {expected}, so nothing was restored.</source>
            <translation>El servidor recibió {found} filas de {table} cuando la copia de seguridad contiene {expected}, así que no se restauró nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="68" />
            <source>Server: PostgreSQL {version}</source>
            <translation>Servidor: PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="73" />
            <source>Schema: none. This is not a CICTE Desktop database yet: run upgrade.</source>
            <translation>Esquema: ninguno. Todavía no es una base de datos de CICTE Desktop: ejecute upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="76" />
            <source>Schema revision: {revision}, of a newer version of CICTE Desktop: install it to check this database.</source>
            <translation>Revisión del esquema: {revision}, de una versión más reciente de CICTE Desktop: instálela para comprobar esta base de datos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="81" />
            <source>Schema revision: {revision}; this version needs {head}: run upgrade.</source>
            <translation>Revisión del esquema: {revision}; esta versión necesita la {head}: ejecute upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="96" />
            <source>The check did not finish.</source>
            <translation>La comprobación no terminó.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="124" />
            <source>  The server does not check some references: their triggers are disabled.</source>
            <translation>  El servidor no comprueba algunas referencias: sus disparadores están desactivados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="139" />
            <source>Change log and search triggers: ok</source>
            <translation>Disparadores del registro de cambios y de la búsqueda: correctos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="142" />
            <source>Change log and search triggers: missing: {names}</source>
            <translation>Disparadores del registro de cambios y de la búsqueda: faltan {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="144" />
            <source>Change log and search triggers: disabled: {names}</source>
            <translation>Disparadores del registro de cambios y de la búsqueda: desactivados {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="155" />
            <source>Indexes: ok</source>
            <translation>Índices: correctos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="156" />
            <source>Indexes: unusable: {names}</source>
            <translation>Índices: inutilizables {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="175" />
            <source>Search index: ok</source>
            <translation>Índice de búsqueda: correcto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_check.py" line="176" />
            <source>Search index: %n record(s) missing or out of date: searches do not find them as they are</source>
            <translation>
                <numerusform>Índice de búsqueda: falta %n registro o está desactualizado: las búsquedas no lo encuentran tal como es</numerusform>
                <numerusform>Índice de búsqueda: faltan %n registros o están desactualizados: las búsquedas no los encuentran tal como son</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="189" />
            <source>Sort order: {collation}, as on the laptops</source>
            <translation>Orden de clasificación: {collation}, como en las computadoras portátiles</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="190" />
            <source>Sort order: {collation}; lists would not come out in the laptops' order</source>
            <translation>Orden de clasificación: {collation}; las listas no saldrían en el orden de las computadoras portátiles</translation>
        </message>
        <message>
            <source>Other program managers were saving on {name} the whole time, so it could not be done. {outcome} Try again in a moment.</source>
            <translation type="vanished">Otros gerentes de programa estuvieron guardando en {name} todo el tiempo, así que no se pudo hacer. {outcome} Inténtelo de nuevo en un momento.</translation>
        </message>
        <message numerus="yes">
            <source>The server database has %n row(s) that point to missing rows, so no backup was written; the check of the database says which.</source>
            <translation type="vanished">
                <numerusform>La base de datos del servidor tiene %n fila que remite a filas inexistentes, así que no se escribió ninguna copia de seguridad; la comprobación de la base de datos indica cuál.</numerusform>
                <numerusform>La base de datos del servidor tiene %n filas que remiten a filas inexistentes, así que no se escribió ninguna copia de seguridad; la comprobación de la base de datos indica cuáles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Another program manager is saving on {name} and was not done within {seconds} seconds, so nothing was restored. Try again in a moment.</source>
            <translation type="vanished">Otro gerente de programa está guardando en {name} y no terminó en {seconds} segundos, así que no se restauró nada. Inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Integrity: {count} problems</source>
            <translation type="vanished">Integridad: {count} problemas</translation>
        </message>
        <message>
            <source>References: {count} rows point to missing rows</source>
            <translation type="vanished">Referencias: {count} filas remiten a filas inexistentes</translation>
        </message>
    </context>
    <context>
        <name>BrowseController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="90" />
            <source>{path} is on read-only media: you can view it, check it and export from it, but changes cannot be saved. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} está en un medio de solo lectura: puede consultarlo, verificarlo y exportar a partir de él, pero no se pueden guardar cambios. Para hacer cambios, cópielo en una carpeta en la que pueda escribir y abra la copia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="103" />
            <source>{year} Work Plan</source>
            <translation>Plan de Trabajo {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="123" />
            <source>{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</source>
            <translation>{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="124" />
            <source>%n work area(s)</source>
            <translation>
                <numerusform>%n área de trabajo</numerusform>
                <numerusform>%n áreas de trabajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="125" />
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n programa</numerusform>
                <numerusform>%n programas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="126" />
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n proyecto</numerusform>
                <numerusform>%n proyectos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="127" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n actividad prevista</numerusform>
                <numerusform>%n actividades previstas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="166" />
            <source>No plan items or events match “{text}”.</source>
            <translation>Ningún elemento del plan ni evento coincide con “{text}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="167" />
            <source>The search finds words that start with what you type in the plan, in the events' titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).</source>
            <translation>La búsqueda encuentra palabras que empiezan por lo que escribe en el plan, en los títulos, lugares, capacitadores y notas de los eventos, y los Estados Miembros por nombre o código (Jamaica, JAM).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="170" />
            <source>Only events under the current filters are searched: Reset Filters (Ctrl+Shift+R) searches them all.</source>
            <translation>Solo se buscan los eventos que cumplen los filtros actuales: Restablecer filtros (Ctrl+Shift+R) los busca todos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="173" />
            <source>No plan items match “{text}”.</source>
            <translation>Ningún elemento del plan coincide con “{text}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="174" />
            <source>Type at least {count} letters to search the events too.</source>
            <translation>Escriba al menos {count} letras para buscar también en los eventos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Work area</source>
            <translation>Área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="343" />
            <source>Planned activity</source>
            <translation>Actividad prevista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="346" />
            <source>Upon request</source>
            <translation>A solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="347" />
            <source>no numeric target</source>
            <translation>sin meta numérica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="369" />
            <source>No events under this item match “{text}”.</source>
            <translation>Ningún evento de este elemento coincide con “{text}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="371" />
            <source>No events under this item match the filters. Widen the dates or choose Reset Filters (Ctrl+Shift+R).</source>
            <translation>Ningún evento de este elemento coincide con los filtros. Amplíe las fechas o elija Restablecer filtros (Ctrl+Shift+R).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="374" />
            <source>No events logged under this {kind} in {year} yet — press Ctrl+N to log one.</source>
            <translation>Aún no hay eventos registrados en {year} para este elemento ({kind}): pulse Ctrl+N para registrar uno.</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="297" />
            <source>Show as table</source>
            <translation>Ver como tabla</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="301" />
            <source>Save as PNG…</source>
            <translation>Guardar como PNG…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="303" />
            <source>Save as SVG…</source>
            <translation>Guardar como SVG…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="307" />
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="308" />
            <source>Save this chart as a PNG or SVG image</source>
            <translation>Guardar este gráfico como imagen PNG o SVG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="362" />
            <source>Show as chart</source>
            <translation>Ver como gráfico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="410" />
            <source>The image could not be written.</source>
            <translation>No se pudo escribir la imagen.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="431" />
            <source>Save chart as PNG</source>
            <translation>Guardar el gráfico como PNG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="431" />
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="433" />
            <source>Save chart as SVG</source>
            <translation>Guardar el gráfico como SVG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="433" />
            <source>SVG images (*.svg)</source>
            <translation>Imágenes SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="442" />
            <source>The chart was not saved</source>
            <translation>No se guardó el gráfico</translation>
        </message>
    </context>
    <context>
        <name>ColumnFit</name>
        <message>
            <location filename="../../cicte_desktop/views/header_fit.py" line="50" />
            <source>Fit Columns to Width</source>
            <translation>Ajustar columnas al ancho</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="25" />
            <source>{path}: saved {when} on {device}; {events}, {people} (schema {revision})</source>
            <translation>{path}: guardada el {when} en {device}; {events}, {people} (esquema {revision})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="27" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="27" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="46" />
            <source>{path} does not exist; there is nothing to check.</source>
            <translation>{path} no existe; no hay nada que comprobar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="59" />
            <source>cicte-desktop: error: {message}</source>
            <translation>cicte-desktop: error: {message}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="60" />
            <source>To replace it anyway (it is kept in the backups folder first), add --force.</source>
            <translation>Para reemplazarlo de todos modos (antes se conserva en la carpeta de copias de seguridad), agregue --force.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="62" />
            <source>Restored into {path}; the database as it was is kept in {kept}.</source>
            <translation>Restaurada en {path}; la base de datos anterior se conserva en {kept}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="98" />
            <source>Note: %n row(s) of the database point to records that are missing; check tells which.</source>
            <translation>
                <numerusform>Nota: %n fila de la base de datos remite a registros inexistentes; check indica cuál.</numerusform>
                <numerusform>Nota: %n filas de la base de datos remiten a registros inexistentes; check indica cuáles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="40" />
            <source>cicte-desktop: error: {problem}</source>
            <translation>cicte-desktop: error: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="66" />
            <source>cicte-desktop: error: there is no work plan for {year}</source>
            <translation>cicte-desktop: error: no hay Plan de Trabajo para {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="73" />
            <source>cicte-desktop: error: an unexpected problem stopped the command ({detail}); the log in the data folder has the details.</source>
            <translation>cicte-desktop: error: un problema inesperado detuvo el comando ({detail}); el registro en la carpeta de datos tiene los detalles.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="85" />
            <source>--to needs --from</source>
            <translation>--to requiere --from</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="94" />
            <source>the period ends before it starts</source>
            <translation>el período termina antes de empezar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="105" />
            <source>cicte-desktop: error: there is no member state with the code {code} (use ISO codes such as JAM or TTO)</source>
            <translation>cicte-desktop: error: no hay ningún Estado Miembro con el código {code} (use códigos ISO como JAM o TTO)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="112" />
            <source>cicte-desktop: error: the work plan for {year} has no work area {number} (it has {numbers})</source>
            <translation>cicte-desktop: error: el plan de trabajo de {year} no tiene el área de trabajo {number} (tiene {numbers})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/demo.py" line="32" />
            <source>Added the {year} work plan, carried over from the year before with a few targets changed.</source>
            <translation>Se agregó el plan de trabajo {year}, traspasado del año anterior con algunas metas cambiadas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/demo.py" line="35" />
            <source>No work plans were added for later years: only headquarters makes work plans (cicte-desktop device role headquarters). Events of later years count toward the latest plan before them.</source>
            <translation>No se agregaron planes de trabajo para los años siguientes: solo la sede crea planes de trabajo (cicte-desktop device role headquarters). Los eventos de años posteriores cuentan para el último plan anterior.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/demo.py" line="38" />
            <source>Added %n demo event(s) to {path} in {seconds:.1f} s.</source>
            <translation>
                <numerusform>Se agregó %n evento de demostración a {path} en {seconds:.1f} s.</numerusform>
                <numerusform>Se agregaron %n eventos de demostración a {path} en {seconds:.1f} s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="41" />
            <source>Wrote {path}: {events}{people}.</source>
            <translation>Se escribió {path}: {events}{people}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="59" />
            <source>{new}, {changed}, {unchanged}, {rejected}</source>
            <translation>{new}, {changed}, {unchanged}, {rejected}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="60" />
            <source>%n new</source>
            <translation>
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="60" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificado</numerusform>
                <numerusform>%n modificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="61" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="62" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n con problemas</numerusform>
                <numerusform>%n con problemas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="65" />
            <source>  row {row}: {problems}</source>
            <translation>  fila {row}: {problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="67" />
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="70" />
            <source>Nothing to import: every event of the workbook is here already, as it is there.</source>
            <translation>Nada que importar: todos los eventos del libro ya están aquí, tal como están allí.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="71" />
            <source>Nothing to import: the workbook's Events sheet lists no events.</source>
            <translation>Nada que importar: la hoja Eventos del libro no contiene eventos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>Imported: {created}, {changed}.</source>
            <translation>Importación: {created}, {changed}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>%n event(s) created</source>
            <translation>
                <numerusform>%n evento creado</numerusform>
                <numerusform>%n eventos creados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="101" />
            <source>{name}: headings in row {row}; to import: {good}, to skip: {skipped}</source>
            <translation>{name}: encabezados en la fila {row}; para importar: {good}, para omitir: {skipped}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="104" />
            <source>  column {column} “{header}”: {field}</source>
            <translation>  columna {column} “{header}”: {field}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="106" />
            <source>import</source>
            <translation>importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="106" />
            <source>skip</source>
            <translation>omitir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="108" />
            <source>  row {row}: {decision}{who}{problems}</source>
            <translation>  fila {row}: {decision}{who}{problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/main.py" line="86" />
            <source>cicte-desktop: error: argument --lang: invalid choice: {value!r} (choose from en, es, fr, pt)</source>
            <translation>cicte-desktop: error: argumento --lang: opción no válida: {value!r} (elija entre en, es, fr, pt)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/main.py" line="142" />
            <source>cicte-desktop: interrupted.</source>
            <translation>cicte-desktop: interrumpido.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="38" />
            <source>{problem} Give one with --passphrase-file, or write it unprotected with --no-passphrase.</source>
            <translation>{problem} Indique una con --passphrase-file, o escríbalo sin protección con --no-passphrase.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="40" />
            <source>Wrote {path} for {destination}: {events}, {records}, {files}{protected}.</source>
            <translation>Se escribió {path} para {destination}: {events}, {records}, {files}{protected}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n registro en total</numerusform>
                <numerusform>%n registros en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>, protected with a passphrase</source>
            <translation>, protegido con una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="56" />
            <source>From {device}: {new}, {updated}, {deleted}, {unchanged}, {conflicts}</source>
            <translation>De {device}: {new}, {updated}, {deleted}, {unchanged}, {conflicts}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n eliminado</numerusform>
                <numerusform>%n eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="60" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="62" />
            <source>keeps this database's version</source>
            <translation>se conserva la versión de esta base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="62" />
            <source>takes the package's version</source>
            <translation>se toma la versión del paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="64" />
            <source>  conflict: {kind} “{label}” ({fields}): {kept}, the newer one</source>
            <translation>  conflicto: {kind} “{label}” ({fields}): {kept}, la más reciente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="68" />
            <source>only headquarters may change it</source>
            <translation>solo la sede puede cambiarlo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="69" />
            <source>its reporting period is locked</source>
            <translation>su período de informe está bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="70" />
            <source>  refused: {kind} “{label}” ({why})</source>
            <translation>  rechazado: {kind} «{label}» ({why})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="72" />
            <source>This package was imported before, on {when}.</source>
            <translation>Este paquete ya se importó el {when}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="80" />
            <source>Dry run: nothing was written.</source>
            <translation>Simulación: no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="83" />
            <source>Imported: {new}, {updated}, {deleted}, {conflicts}, {files}.</source>
            <translation>Importación: {new}, {updated}, {deleted}, {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflicto resuelto</numerusform>
                <numerusform>%n conflictos resueltos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n archivo guardado</numerusform>
                <numerusform>%n archivos guardados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="98" />
            <source>{name} is {role}; its fingerprint is {fingerprint}.</source>
            <translation>{name} es {role}; su huella es {fingerprint}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="112" />
            <source>Give it with --passphrase-file.</source>
            <translation>Indíquela con --passphrase-file.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="29" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} no es un número entero</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="31" />
            <source>must be at least 1, not {value}</source>
            <translation>debe ser 1 como mínimo, no {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="42" />
            <source>at most {limit} at a time, not {value}</source>
            <translation>como máximo {limit} de una vez, no {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="53" />
            <source>{value!r} is not a year like 2016</source>
            <translation>{value!r} no es un año como 2016</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="60" />
            <source>the database path is empty</source>
            <translation>la ruta de la base de datos está vacía</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="70" />
            <source>{path} is a device or a pipe, not a file</source>
            <translation>{path} es un dispositivo o una tubería, no un archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="91" />
            <source>the file name is empty</source>
            <translation>el nombre del archivo está vacío</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="109" />
            <source>{value!r} is not the name of a device</source>
            <translation>{value!r} no es el nombre de un dispositivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="111" />
            <source>a device's name has at most {count} characters</source>
            <translation>el nombre de un dispositivo tiene como máximo {count} caracteres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="119" />
            <source>{value!r} is not a date like 2016-07-31</source>
            <translation>{value!r} no es una fecha como 2016-07-31</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="125" />
            <source>{value!r} is not a half year like 2016-H1</source>
            <translation>{value!r} no es un semestre como 2016-H1</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="136" />
            <source>a whole year</source>
            <translation>un año completo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="138" />
            <source>a half year: 2016-H1 is January-June, 2016-H2 July-December</source>
            <translation>un semestre: 2016-H1 es enero-junio; 2016-H2, julio-diciembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="139" />
            <source>first day (YYYY-MM-DD)</source>
            <translation>primer día (AAAA-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="140" />
            <source>last day, with --from</source>
            <translation>último día, con --from</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="147" />
            <source>{prog}: error: {problem} (see {prog} --help)</source>
            <translation>{prog}: error: {problem} (vea {prog} --help)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="154" />
            <source>Plan, log and report the capacity-building work of the CICTE Secretariat. Without a command, opens the main window.</source>
            <translation>Planificar, registrar e informar sobre las actividades de desarrollo de capacidades de la Secretaría del CICTE. Sin un comando, abre la ventana principal.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="159" />
            <source>check this installation on a temporary database (seed, event, exports, window) and print one line per step; exit 0 when all pass</source>
            <translation>comprobar esta instalación con una base de datos temporal (datos iniciales, evento, exportaciones, ventana) e imprimir una línea por paso; código de salida 0 si todos los pasos son correctos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="162" />
            <source>language of the window, messages, exports and reports (default: the one chosen in Preferences, or the system's)</source>
            <translation>idioma de la ventana, los mensajes, las exportaciones y los informes (predeterminado: el elegido en Preferencias o el del sistema)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="165" />
            <source>database file to open (created and seeded with the 2016 Work Plan if missing), or a headquarters database on a PostgreSQL server, postgresql://user@host/name (the password from .pgpass or PGPASSWORD); default: cicte.sqlite in the per-user data folder</source>
            <translation>archivo de base de datos que se abrirá (si no existe, se crea con el Plan de Trabajo 2016), o una base de datos de la sede en un servidor PostgreSQL, postgresql://user@host/name (la contraseña se toma de .pgpass o PGPASSWORD); valor predeterminado: cicte.sqlite en la carpeta de datos del usuario</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="170" />
            <source>print the work plan</source>
            <translation>imprimir el Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="171" />
            <source>print JSON for scripts instead of an outline</source>
            <translation>imprimir JSON para scripts en lugar de un esquema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="172" />
            <source>work plan year (default: the latest)</source>
            <translation>año del Plan de Trabajo (predeterminado: el más reciente)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="174" />
            <source>with --json: add each item's target, achieved, counted, progress, state and events</source>
            <translation>con --json: añade a cada elemento meta, logrado, computado, avance, estado y eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="176" />
            <source>with --figures: that member state's contribution</source>
            <translation>con --figures: la contribución de ese Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="178" />
            <source>with --figures: first day (default: the plan's year)</source>
            <translation>con --figures: primer día (por omisión: el año del plan)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="179" />
            <source>with --figures: last day</source>
            <translation>con --figures: último día</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="181" />
            <source>start a year's work plan from an earlier one (every item carried over, editable)</source>
            <translation>iniciar el plan de trabajo de un año a partir de uno anterior (cada elemento trasladado, editable)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="183" />
            <source>the new plan's year</source>
            <translation>el año del nuevo plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="185" />
            <source>the year of the plan to start from</source>
            <translation>el año del plan de partida</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="186" />
            <source>write a year's plan workbook (.xlsx), one row per item, to edit in Excel and import back</source>
            <translation>escribe el libro del plan de un año (.xlsx), una fila por elemento, para editarlo en Excel e importarlo de vuelta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="188" />
            <source>the plan's year</source>
            <translation>el año del plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="189" />
            <source>the workbook to write (.xlsx)</source>
            <translation>el libro que se escribirá (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="190" />
            <source>preview a plan workbook's changes to its year's plan (or the plan it creates), then make them</source>
            <translation>muestra los cambios de un libro del plan al plan de su año (o el plan que crea) y luego los hace</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="192" />
            <source>the plan workbook (.xlsx)</source>
            <translation>el libro del plan (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="193" />
            <source>show what would change; write nothing</source>
            <translation>muestra qué cambiaría; no escribe nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="194" />
            <source>why the plan changes (required unless --dry-run); kept in the plan's history with every change</source>
            <translation>por qué cambia el plan (obligatorio salvo con --dry-run); se guarda en el historial del plan con cada cambio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="196" />
            <source>create or upgrade the database's schema and seed the 2016 Work Plan, then exit (for a PostgreSQL server: run once after installing a new version)</source>
            <translation>crear o actualizar el esquema de la base de datos y cargar el Plan de Trabajo 2016, y luego salir (para un servidor PostgreSQL: ejecútelo una vez después de instalar una versión nueva)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="198" />
            <source>run the full integrity checks and print a report (exit 1 on problems)</source>
            <translation>ejecutar todas las comprobaciones de integridad e imprimir un informe (código de salida 1 si hay problemas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="199" />
            <source>write a consistent copy of the database</source>
            <translation>escribir una copia coherente de la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="200" />
            <source>where to write the copy</source>
            <translation>dónde escribir la copia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="201" />
            <source>replace the database with a backup (the current one is kept as a backup first)</source>
            <translation>reemplazar la base de datos por una copia de seguridad (antes se guarda una copia de seguridad de la actual)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="203" />
            <source>the backup to restore</source>
            <translation>la copia de seguridad que se restaurará</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="205" />
            <source>replace the file even when it is not a CICTE Desktop database (it is kept in the backups folder first); on a headquarters server, take a laptop's backup</source>
            <translation>reemplazar el archivo aunque no sea una base de datos de CICTE Desktop (antes se conserva en la carpeta de copias de seguridad); en un servidor de la sede, aceptar la copia de seguridad de una computadora portátil</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="207" />
            <source>write a report file</source>
            <translation>escribir un archivo de informe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="209" />
            <source>the Excel workbook for member-state reporting</source>
            <translation>el libro de Excel para los informes a los Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="212" />
            <source>only this member state</source>
            <translation>solo este Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="213" />
            <source>only this work area (its number)</source>
            <translation>solo esta área de trabajo (su número)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="215" />
            <source>include the participants' names and contacts (personal data)</source>
            <translation>incluir los nombres y datos de contacto de los participantes (datos personales)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="216" />
            <source>a PDF report: the semi-annual implementation report, a member-state report, or certificates of participation</source>
            <translation>un informe PDF: el informe semestral de ejecución, un informe por Estado Miembro o certificados de participación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="219" />
            <source>which report</source>
            <translation>qué informe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="220" />
            <source>the PDF to write</source>
            <translation>el PDF que se escribirá</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="223" />
            <source>the member state of a member-state report</source>
            <translation>el Estado Miembro de un informe por Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="224" />
            <source>the event whose participants get certificates</source>
            <translation>el evento cuyos participantes reciben certificados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="225" />
            <source>read a file into the database</source>
            <translation>cargar un archivo en la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="227" />
            <source>an Events sheet exported by CICTE Desktop (and edited)</source>
            <translation>una hoja Eventos exportada por CICTE Desktop (y editada)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="229" />
            <source>only say what would change</source>
            <translation>solo indicar qué cambiaría</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="230" />
            <source>preview an attendance sheet (.xlsx) as the event form would import it: the columns found and, for each row, import or skip and why (nothing is written)</source>
            <translation>vista previa de una hoja de asistencia (.xlsx) tal como la importaría el formulario del evento: las columnas encontradas y, para cada fila, importar u omitir y por qué (no se escribe nada)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="234" />
            <source>print JSON for scripts instead of lines</source>
            <translation>imprimir JSON para scripts en lugar de líneas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="235" />
            <source>field packages: carry changes between laptops and headquarters</source>
            <translation>paquetes de campo: llevar los cambios entre computadoras portátiles y la sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="238" />
            <source>write what changed here since the last package for the same destination</source>
            <translation>escribir lo que cambió aquí desde el último paquete para el mismo destino</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="239" />
            <source>the package to write (.cictepkg)</source>
            <translation>el paquete que se escribirá (.cictepkg)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="241" />
            <source>everything this database holds, not only what changed since the last package</source>
            <translation>todo lo que contiene esta base de datos, no solo lo que cambió desde el último paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="243" />
            <source>the device the package is for (its name), e.g. Headquarters; without it, packages made here share one destination of their own</source>
            <translation>el equipo al que se destina el paquete (su nombre), p. ej., Sede; sin esta opción, los paquetes creados aquí comparten un destino propio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="247" />
            <source>protect the package with the passphrase in the first line of F (at least 8 characters)</source>
            <translation>proteger el paquete con la frase de contraseña de la primera línea de F (al menos 8 caracteres)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="250" />
            <source>write a package that carries participants' names and contacts unprotected</source>
            <translation>escribir sin protección un paquete que lleva los nombres y contactos de los participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="251" />
            <source>merge a package into this database</source>
            <translation>incorporar un paquete a esta base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="255" />
            <source>the passphrase of a protected package, in the first line of F</source>
            <translation>la frase de contraseña de un paquete protegido, en la primera línea de F</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="257" />
            <source>trust the package's sender although this computer does not know it yet (or it has a new key): compare its fingerprint with the sender first</source>
            <translation>confiar en el remitente del paquete aunque este equipo aún no lo conozca (o tenga una clave nueva): compare antes su huella con el remitente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="260" />
            <source>add synthetic logged events for demonstrations and benchmarks</source>
            <translation>agregar eventos registrados ficticios para demostraciones y pruebas de rendimiento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="261" />
            <source>how many events to add</source>
            <translation>cuántos eventos agregar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="262" />
            <source>random seed (same seed, same events)</source>
            <translation>semilla aleatoria (misma semilla, mismos eventos)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="267" />
            <source>this computer's role and signing key</source>
            <translation>papel y clave de firma de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="269" />
            <source>show this computer's role and fingerprint, or make it the database's headquarters or a laptop</source>
            <translation>mostrar el papel y la huella de este equipo, o convertirlo en la sede de la base de datos o en una computadora portátil</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="36" />
            <source>Started the {year} work plan ({symbol}) from the {source} plan: {areas}, {programs}, {projects}, {activities}, each carried over with its targets and titles.</source>
            <translation>Se inició el plan de trabajo {year} ({symbol}) a partir del plan {source}: {areas}, {programs}, {projects}, {activities}, cada uno trasladado con sus metas y títulos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="38" />
            <source>%n work area(s)</source>
            <translation>
                <numerusform>%n área de trabajo</numerusform>
                <numerusform>%n áreas de trabajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="39" />
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n programa</numerusform>
                <numerusform>%n programas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="39" />
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n proyecto</numerusform>
                <numerusform>%n proyectos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="40" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n actividad prevista</numerusform>
                <numerusform>%n actividades previstas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="42" />
            <source>Note: this computer is not headquarters, so the new plan stays here: other computers refuse work-plan changes from it, and events logged under it reach them only once headquarters starts the same plan (from the same earlier plan). Start the plan at headquarters to send it to the laptops.</source>
            <translation>Nota: esta computadora no es la sede, así que el nuevo plan se queda aquí: las demás computadoras rechazan los cambios del plan de trabajo que vengan de ella, y los eventos registrados en él solo les llegan cuando la sede inicia el mismo plan (a partir del mismo plan anterior). Cree el plan en la sede para enviarlo a las computadoras portátiles.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="55" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="56" />
            <source>cicte-desktop: error: there is no work plan for {year} (work plans: {years})</source>
            <translation>cicte-desktop: error: no hay plan de trabajo para {year} (planes de trabajo: {years})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="59" />
            <source>Wrote {path}: {items} of the {year} work plan.</source>
            <translation>Se escribió {path}: {items} del plan de trabajo {year}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="60" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="74" />
            <source>say why the plan changes with --reason TEXT (kept in the plan's history), or preview with --dry-run</source>
            <translation>diga por qué cambia el plan con --reason TEXTO (se guarda en el historial del plan), o vea la vista previa con --dry-run</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="79" />
            <source>{added}, {changed}, {retired}, {unchanged}.</source>
            <translation>{added}, {changed}, {retired}, {unchanged}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="80" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="81" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retirado</numerusform>
                <numerusform>%n retirados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Added:</source>
            <translation>Añadidos:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Changed:</source>
            <translation>Modificados:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Retired:</source>
            <translation>Retirados:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="88" />
            <source>Not in the workbook (kept as they are):</source>
            <translation>No están en el libro (se conservan como están):</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="95" />
            <source>row {row}: </source>
            <translation>fila {row}: </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="100" />
            <source>(kept, marked retired: events point at it)</source>
            <translation>(se conserva, marcado como retirado: hay eventos que lo usan)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="101" />
            <source>(taken out of the plan: no events point at it)</source>
            <translation>(se quita del plan: ningún evento lo usa)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="104" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="106" />
            <source>Skipped {what}</source>
            <translation>Omitida {what}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="120" />
            <source>Nothing to change: the workbook is the plan as it is.</source>
            <translation>Nada que cambiar: el libro es el plan tal como está.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="123" />
            <source>Nothing was written (dry run).</source>
            <translation>No se escribió nada (simulación).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="126" />
            <source>Imported into the {year} work plan: {added}, {changed}, {retired}, each with the reason in the plan's history.</source>
            <translation>Importado en el plan de trabajo {year}: {added}, {changed}, {retired}, cada cambio con el motivo en el historial del plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="130" />
            <source>Created the {year} work plan from the {source} plan: {added}, {changed}, {retired}, each with the reason in the plan's history.</source>
            <translation>Se creó el plan de trabajo {year} a partir del plan {source}: {added}, {changed}, {retired}, cada cambio con el motivo en el historial del plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="149" />
            <source>Upon request</source>
            <translation>A solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="149" />
            <source>no target</source>
            <translation>sin meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="191" />
            <source>--member-state, --from and --to go with --figures</source>
            <translation>--member-state, --from y --to van con --figures</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="194" />
            <source>--figures goes with --json</source>
            <translation>--figures va con --json</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="28" />
            <source>--report member-state needs --member-state</source>
            <translation>--report member-state requiere --member-state</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="30" />
            <source>--member-state goes with --report member-state</source>
            <translation>--member-state solo se usa con --report member-state</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="32" />
            <source>--report certificates needs --event</source>
            <translation>--report certificates requiere --event</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="34" />
            <source>--event goes with --report certificates</source>
            <translation>--event solo se usa con --report certificates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="46" />
            <source>Wrote {path}: {certificates}.</source>
            <translation>Se escribió {path}: {certificates}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/reports.py" line="46" />
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificado</numerusform>
                <numerusform>%n certificados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="49" />
            <source>Wrote {path}: {pages}, {events}.</source>
            <translation>Se escribió {path}: {pages}, {events}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/reports.py" line="49" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="43" />
            <source>{name}: created at schema {revision}, with the 2016 Work Plan (seed {seed})</source>
            <translation>{name}: se creó con el esquema {revision} y el Plan de Trabajo 2016 (datos iniciales {seed})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="46" />
            <source>{name}: upgraded from schema {old} to {revision} (seed {seed})</source>
            <translation>{name}: se actualizó del esquema {old} al {revision} (datos iniciales {seed})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="49" />
            <source>{name}: already at schema {revision} (seed {seed}); nothing to do</source>
            <translation>{name}: ya está en el esquema {revision} (datos iniciales {seed}); no hay nada que hacer</translation>
        </message>
        <message>
            <source>replace the file even when it is not a CICTE Desktop database (it is kept in the backups folder first)</source>
            <translation type="vanished">reemplazar el archivo aunque no sea una base de datos de CICTE Desktop (antes se conserva en la carpeta de copias de seguridad)</translation>
        </message>
        <message>
            <source>cicte-desktop: error: {command} works on a database file; a database on a PostgreSQL server is checked, backed up and restored by its administrator with PostgreSQL's own tools (see the README, "Headquarters on PostgreSQL")</source>
            <translation type="vanished">cicte-desktop: error: {command} funciona con un archivo de base de datos; una base de datos en un servidor PostgreSQL la comprueba, hace su copia de seguridad y la restaura su administrador con las herramientas propias de PostgreSQL (vea el README, «Headquarters on PostgreSQL»)</translation>
        </message>
        <message>
            <source>cicte-desktop: error: a PostgreSQL database can so far be upgraded, read (plan), planned (plan new, export, import), filled with demo data and exported to Excel and PDF; the window and the other commands need a database file</source>
            <translation type="vanished">cicte-desktop: error: por ahora, una base de datos PostgreSQL se puede actualizar, leer (plan), planificar (plan new, export, import), llenar con datos de demostración y exportar a Excel y PDF; la ventana y los demás comandos necesitan un archivo de base de datos</translation>
        </message>
        <message>
            <source>cicte-desktop: error: a PostgreSQL database can so far be created and upgraded only (cicte-desktop --db URL upgrade); the window and the other commands need a database file</source>
            <translation type="vanished">cicte-desktop: error: por ahora, una base de datos PostgreSQL solo se puede crear y actualizar (cicte-desktop --db URL upgrade); la ventana y los demás comandos necesitan un archivo de base de datos</translation>
        </message>
        <message>
            <source>database file to open (created and seeded with the 2016 Work Plan if missing); default: cicte.sqlite in the per-user data folder</source>
            <translation type="vanished">archivo de base de datos que se abrirá (si no existe, se crea con el Plan de Trabajo 2016); valor predeterminado: cicte.sqlite en la carpeta de datos del usuario</translation>
        </message>
        <message>
            <source>{path}: saved {when} on {device}; {events} events, {people} participants (schema {revision})</source>
            <translation type="vanished">{path}: guardada el {when} en {device}; {events} eventos, {people} participantes (esquema {revision})</translation>
        </message>
        <message>
            <source>Wrote {path}: {events} events{people}.</source>
            <translation type="vanished">Se escribió {path}: {events} eventos{people}.</translation>
        </message>
        <message>
            <source>, {count} participants</source>
            <translation type="vanished">, {count} participantes</translation>
        </message>
        <message>
            <source>Wrote {path}: {count} certificates.</source>
            <translation type="vanished">Se escribió {path}: {count} certificados.</translation>
        </message>
        <message>
            <source>Wrote {path}: {pages} pages, {events} events.</source>
            <translation type="vanished">Se escribió {path}: {pages} páginas, {events} eventos.</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} with problems</source>
            <translation type="vanished">{new} nuevos, {changed} modificados, {unchanged} sin cambios, {rejected} con problemas</translation>
        </message>
        <message>
            <source>Imported: {created} events created, {changed} changed.</source>
            <translation type="vanished">Importación: {created} eventos creados, {changed} modificados.</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events} events, {records} records in all, {files} files{protected}.</source>
            <translation type="vanished">Se escribió {path} para {destination}: {events} eventos, {records} registros en total, {files} archivos{protected}.</translation>
        </message>
        <message>
            <source>From {device}: {new} new, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflicts</source>
            <translation type="vanished">De {device}: {new} nuevos, {updated} actualizados, {deleted} eliminados, {unchanged} sin cambios, {conflicts} conflictos</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts resolved, {files} files stored.</source>
            <translation type="vanished">Importación: {new} nuevos, {updated} actualizados, {deleted} eliminados, {conflicts} conflictos resueltos, {files} archivos guardados.</translation>
        </message>
        <message>
            <source>Added {count} demo events to {path} in {seconds:.1f} s.</source>
            <translation type="vanished">Se agregaron {count} eventos de demostración a {path} en {seconds:.1f} s.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of a file in it</source>
            <translation type="vanished">{path} es una carpeta; indique el nombre de un archivo dentro de ella</translation>
        </message>
        <message>
            <source>protect the package with the passphrase in the first line of F</source>
            <translation type="vanished">proteger el paquete con la frase de contraseña de la primera línea de F</translation>
        </message>
        <message>
            <source>cicte-desktop: error: --to needs --from</source>
            <translation type="vanished">cicte-desktop: error: --to requiere --from</translation>
        </message>
        <message>
            <source>cicte-desktop: error: the period ends before it starts</source>
            <translation type="vanished">cicte-desktop: error: el período termina antes de empezar</translation>
        </message>
        <message>
            <source>Note: this computer is not headquarters, so the new plan stays here: other computers refuse work-plan changes from it. Start the plan at headquarters to send it to the laptops.</source>
            <translation type="vanished">Nota: esta computadora no es la sede, así que el nuevo plan se queda aquí: las demás computadoras rechazan los cambios del plan de trabajo que vengan de ella. Cree el plan en la sede para enviarlo a las computadoras portátiles.</translation>
        </message>
    </context>
    <context>
        <name>ConflictHistoryDialog</name>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="6" />
            <source>Conflict history</source>
            <translation>Historial de conflictos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="15" />
            <source>Records changed on two computers before they exchanged field packages, newest first.</source>
            <translation>Registros modificados en dos equipos antes de que intercambiaran paquetes de campo, del más reciente al más antiguo.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="26" />
            <source>Conflicts settled</source>
            <translation>Conflictos resueltos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="42" />
            <source>When</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="47" />
            <source>Package from</source>
            <translation>Paquete de</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="52" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="57" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="62" />
            <source>Kept</source>
            <translation>Conservada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="28" />
            <source>No conflicts so far.</source>
            <translation>Aún no hay conflictos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="33" />
            <source>This computer's version</source>
            <translation>Versión de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="33" />
            <source>The package's version</source>
            <translation>Versión del paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="35" />
            <source>the newer one</source>
            <translation>la más reciente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="35" />
            <source>chosen by {user}</source>
            <translation>elegida por {user}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="36" />
            <source>a user</source>
            <translation>un usuario</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="60" />
            <source>{where}
{device}</source>
            <translation>{where}
{device}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="61" />
            <source>another computer</source>
            <translation>otro equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="64" />
            <source>This computer had</source>
            <translation>Este equipo tenía</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="65" />
            <source>The package brought</source>
            <translation>El paquete traía</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="66" />
            <source>Kept: {side}.</source>
            <translation>Se conservó: {side}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="67" />
            <source>this computer's version</source>
            <translation>la versión de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="67" />
            <source>the package's version</source>
            <translation>la versión del paquete</translation>
        </message>
    </context>
    <context>
        <name>ConflictView</name>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="81" />
            <source>Both versions, field by field</source>
            <translation>Ambas versiones, campo por campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="110" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="93" />
            <source>Dashboard · {year}</source>
            <translation>Panel · {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="114" />
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="116" />
            <source>From {start}</source>
            <translation>Desde el {start}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="118" />
            <source>Until {end}</source>
            <translation>Hasta el {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="119" />
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="174" />
            <source>Share of achieved by work area and program: {state}</source>
            <translation>Parte de lo logrado por área de trabajo y programa: {state}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="175" />
            <source>Each bar is the share of the plan's achieved units that served {state}, not progress against the hemisphere-wide targets.</source>
            <translation>Cada barra es la parte de las unidades logradas del plan que beneficiaron a {state}, no el avance hacia las metas hemisféricas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="179" />
            <source>Progress by work area and program</source>
            <translation>Avance por área de trabajo y programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="187" />
            <source>This work plan has no work areas.</source>
            <translation>Este plan de trabajo no tiene áreas de trabajo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="188" />
            <source>No units achieved under this filter.</source>
            <translation>No hay unidades logradas con este filtro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="193" />
            <source>nothing to show</source>
            <translation>nada que mostrar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="230" />
            <source>No date</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="236" />
            <source>Events by month and status</source>
            <translation>Eventos por mes y estado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="236" />
            <source>Events by half-year and status</source>
            <translation>Eventos por semestre y estado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="237" />
            <source>Participants by month and sex</source>
            <translation>Participantes por mes y sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="237" />
            <source>Participants by half-year and sex</source>
            <translation>Participantes por semestre y sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="247" />
            <source>Total: {total}.</source>
            <translation>Total: {total}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="266" />
            <source>Events logged under the plan, of every status the filter keeps, by start date.</source>
            <translation>Eventos registrados en el plan, de todos los estados que el filtro conserva, por fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="267" />
            <source>No events under this filter.</source>
            <translation>No hay eventos con este filtro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Sex not recorded</source>
            <translation>Sexo sin registrar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="286" />
            <source>Participants of the completed events, by start date.</source>
            <translation>Participantes de los eventos realizados, por fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="287" />
            <source>No participants of completed events under this filter.</source>
            <translation>No hay participantes de eventos realizados con este filtro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="298" />
            <source>All work areas</source>
            <translation>Todas las áreas de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="302" />
            <source>Participants by sex and work area</source>
            <translation>Participantes por sexo y área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="309" />
            <source>Participants of the completed events.</source>
            <translation>Participantes de los eventos realizados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="322" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="333" />
            <source>{lower} or more</source>
            <translation>{lower} o más</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="372" />
            <source>Events by member state</source>
            <translation>Eventos por Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="373" />
            <source>Events of the {year} Work Plan by member state served; an event that served several member states counts for each.</source>
            <translation>Eventos del Plan de Trabajo {year} por Estado Miembro beneficiario; un evento que benefició a varios Estados Miembros cuenta para cada uno.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="377" />
            <source>Participants by member state</source>
            <translation>Participantes por Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="377" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="378" />
            <source>Participants of the completed events of the {year} Work Plan by member state served; an event that served several member states counts for each, with all its participants.</source>
            <translation>Participantes de los eventos realizados del Plan de Trabajo {year} por Estado Miembro beneficiario; un evento que benefició a varios Estados Miembros cuenta para cada uno, con todos sus participantes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="382" />
            <source>Period: {period}.</source>
            <translation>Período: {period}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="384" />
            <source>{state} is outlined; the map shows every member state.</source>
            <translation>{state} aparece resaltado; el mapa muestra todos los Estados Miembros.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="392" />
            <source>none: {states}</source>
            <translation>ninguno: {states}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="398" />
            <source>The boundaries and names shown on this map do not imply official endorsement or acceptance by the Organization of American States.</source>
            <translation>Los límites y los nombres que figuran en este mapa no implican su aprobación o aceptación oficial por parte de la Organización de los Estados Americanos.</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/dashboard.py" line="121" />
            <source>There is no work plan in this database yet: the dashboard shows a year's plan and the events logged under it.</source>
            <translation>Esta base de datos aún no tiene un plan de trabajo: el panel muestra el plan de un año y los eventos registrados en él.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/dashboard.py" line="160" />
            <source>The dashboard could not be made: {error}</source>
            <translation>No se pudo preparar el panel: {error}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="100" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="101" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="102" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="103" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="109" />
            <source>By month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="109" />
            <source>By half-year</source>
            <translation>Por semestre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="111" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="111" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="113" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="114" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="276" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="280" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="285" />
            <source>{path} is on read-only media: it is open for viewing, checking and exporting, but changes cannot be saved. Nothing was changed. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} está en un medio de solo lectura: está abierto para consultarlo, verificarlo y exportarlo, pero no se pueden guardar cambios. No se modificó nada. Para hacer cambios, cópielo en una carpeta en la que pueda escribir y abra la copia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="298" />
            <source>Another program is using {path} and did not finish within {seconds} seconds. Nothing was saved; close the other program (or wait for it to finish) and try again.</source>
            <translation>Otro programa está usando {path} y no terminó en {seconds} segundos. No se guardó nada; cierre el otro programa (o espere a que termine) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="303" />
            <source>The disk holding {path} is full. Nothing was saved; free some disk space and try again.</source>
            <translation>El disco que contiene {path} está lleno. No se guardó nada; libere espacio en el disco e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="308" />
            <source>{path} could not be written ({detail}). Nothing was saved; check that the drive is still connected, then try again.</source>
            <translation>No se pudo escribir {path} ({detail}). No se guardó nada; compruebe que la unidad siga conectada e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="318" />
            <source>{path} is on a read-only location. Copy it to a folder you can write to (for example your Documents folder) and open the copy.</source>
            <translation>{path} está en una ubicación de solo lectura. Cópielo en una carpeta con permiso de escritura (por ejemplo, Documentos) y abra la copia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="381" />
            <source>{path} needs upgrading, but the copy made first failed ({detail}), so nothing was changed. Free some disk space or check the data folder, then try again.</source>
            <translation>{path} debe actualizarse, pero falló la copia previa ({detail}), por lo que no se modificó nada. Libere espacio en el disco o revise la carpeta de datos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="401" />
            <source>Upgrading {path} failed ({detail}). A copy of it was kept in {backup}.</source>
            <translation>No se pudo actualizar {path} ({detail}). Se conservó una copia en {backup}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="444" />
            <source>{path} could not be created: the disk is full. Nothing was left behind; free some disk space and try again.</source>
            <translation>No se pudo crear {path}: el disco está lleno. No quedó ningún archivo; libere espacio en el disco e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="449" />
            <source>{path} is locked by another program. Close it there and try again.</source>
            <translation>{path} está bloqueado por otro programa. Ciérrelo en ese programa y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="453" />
            <source>{path} is on a read-only location. Copy it to a folder you can write to.</source>
            <translation>{path} está en una ubicación de solo lectura. Cópielo en una carpeta con permiso de escritura.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="456" />
            <source>{path} could not be written ({detail}).</source>
            <translation>No se pudo escribir {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="93" />
            <source>{path} is not a CICTE Desktop database (it is not an SQLite database file).</source>
            <translation>{path} no es una base de datos de CICTE Desktop (no es un archivo de base de datos SQLite).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="96" />
            <source>{path} is an empty file, not a CICTE Desktop database.</source>
            <translation>{path} es un archivo vacío, no una base de datos de CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="102" />
            <source>{path} is damaged: the file is shorter than the database it describes (was it copied only in part?). It has not been changed. Open a backup instead.</source>
            <translation>{path} está dañado: el archivo es más corto que la base de datos que describe (¿se copió solo en parte?). No se ha modificado. Abra una copia de seguridad en su lugar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="138" />
            <source>{path} is an SQLite database of another program, not of CICTE Desktop.</source>
            <translation>{path} es una base de datos SQLite de otro programa, no de CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="164" />
            <source>{path} is damaged and cannot be opened safely ({detail}). It has not been changed. Open a backup instead.</source>
            <translation>{path} está dañado y no se puede abrir con seguridad ({detail}). No se ha modificado. Abra una copia de seguridad en su lugar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="206" />
            <source>{path} cannot be opened: the disk holding it is full, and SQLite needs a little room beside the file even to read it. The file has not been changed; free some disk space and try again.</source>
            <translation>No se puede abrir {path}: el disco que lo contiene está lleno, y SQLite necesita un poco de espacio junto al archivo incluso para leerlo. El archivo no se modificó; libere espacio en el disco e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="289" />
            <source>{path} was saved by a newer version of CICTE Desktop. Install the newer version to open it; the file has not been changed.</source>
            <translation>{path} se guardó con una versión más reciente de CICTE Desktop. Instale esa versión para abrirlo; el archivo no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="26" />
            <source>Open Database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="27" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos CICTE (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="51" />
            <source>Cannot connect to the server</source>
            <translation>No se puede conectar con el servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="54" />
            <source>Connect to Server</source>
            <translation>Conectar con un servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="55" />
            <source>Connecting to {name}…</source>
            <translation>Conectando con {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="69" />
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="75" />
            <source>Opening {name}…</source>
            <translation>Abriendo {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="105" />
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="116" />
            <source>Restore from backup</source>
            <translation>Restaurar copia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="117" />
            <source>Restoring {name}…</source>
            <translation>Recuperando {name}…</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="90" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="106" />
            <source>Training course</source>
            <translation>Curso de capacitación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="143" />
            <source>Select a work area, program, project or planned activity to see its figures and the events logged under it.</source>
            <translation>Seleccione un área de trabajo, programa, proyecto o actividad prevista para ver sus cifras y los eventos registrados en ese elemento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="165" />
            <source>Achieved counts the units of completed events under the current filters; counted toward target counts each activity at most up to its own target.</source>
            <translation>Logrado cuenta las unidades de los eventos completados con los filtros actuales; computado para la meta cuenta cada actividad como máximo hasta su propia meta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="172" />
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="178" />
            <source>{status}: {count}</source>
            <translation>{status}: {count}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="183" />
            <source>Events matching “{text}”: %n of {total}</source>
            <translation>
                <numerusform>Eventos que coinciden con “{text}”: %n de {total}</numerusform>
                <numerusform>Eventos que coinciden con “{text}”: %n de {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="185" />
            <source>Events: {count} ({statuses})</source>
            <translation>Eventos: {count} ({statuses})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="190" />
            <source>Events: none under the current filters</source>
            <translation>Eventos: ninguno con los filtros actuales</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="194" />
            <source>Participants in completed events: {total} ({women}, {men}, {unknown} not recorded) · {states}</source>
            <translation>Participantes en eventos realizados: {total} ({women}, {men}, {unknown} sin registrar) · {states}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="196" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln mujer</numerusform>
                <numerusform>%Ln mujeres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="197" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln hombre</numerusform>
                <numerusform>%Ln hombres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="198" />
            <source>%n member state(s) reached</source>
            <translation>
                <numerusform>%n Estado Miembro alcanzado</numerusform>
                <numerusform>%n Estados Miembros alcanzados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="201" />
            <source>Reading of the source document: {note}</source>
            <translation>Interpretación del documento original: {note}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="208" />
            <source>Mandates that apply to this work area ({count})</source>
            <translation>Mandatos aplicables a esta área de trabajo ({count})</translation>
        </message>
        <message>
            <source>Target: {target}   Achieved: {achieved}</source>
            <translation type="vanished">Meta: {target}   Logrado: {achieved}</translation>
        </message>
        <message>
            <source>Achieved counts the units of completed events under the current filters.</source>
            <translation type="vanished">«Logrado» cuenta las unidades de los eventos realizados con los filtros actuales.</translation>
        </message>
        <message>
            <source>{percent}% of target</source>
            <translation type="vanished">{percent}% de la meta</translation>
        </message>
        <message>
            <source>Participants in completed events: {total} ({women} women, {men} men, {unknown} not recorded) · {states} member states reached</source>
            <translation type="vanished">Participantes en eventos realizados: {total} ({women} mujeres, {men} hombres, {unknown} sin registrar) · {states} Estados Miembros alcanzados</translation>
        </message>
        <message>
            <source>{count} {status}</source>
            <translation type="vanished">{status}: {count}</translation>
        </message>
    </context>
    <context>
        <name>DeviceNameDialog</name>
        <message>
            <location filename="../../ui/forms/device_name.ui" line="6" />
            <source>Device name</source>
            <translation>Nombre del equipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/device_name.ui" line="18" />
            <source>The name other laptops and headquarters see for this computer in field packages.</source>
            <translation>El nombre con el que las demás computadoras portátiles y la sede ven este equipo en los paquetes de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="22" />
            <source>Name this computer</source>
            <translation>Nombre de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="23" />
            <source>Field packages say which computer made each change. Give this one a name people will recognise, for example “Laptop of María (Trinidad mission)” or “Headquarters, Washington”.</source>
            <translation>Los paquetes de campo indican qué equipo hizo cada cambio. Dé a este equipo un nombre que los demás reconozcan, por ejemplo, “Computadora portátil de María (misión a Trinidad)” o “Sede, Washington”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="33" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="52" />
            <source>Give this computer a name, for example “Laptop of María (Trinidad mission)” or “Headquarters”.</source>
            <translation>Asigne un nombre a este equipo, por ejemplo, “Computadora portátil de María (misión a Trinidad)” o “Sede”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="54" />
            <source>The name is too long (at most {count} characters).</source>
            <translation>El nombre es demasiado largo (máximo {count} caracteres).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="80" />
            <source>headquarters</source>
            <translation>sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="80" />
            <source>laptop</source>
            <translation>computadora portátil</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="99" />
            <source>A computer is either headquarters or a laptop.</source>
            <translation>Un equipo es la sede o una computadora portátil.</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="29" />
            <source>Attach file…</source>
            <translation>Adjuntar archivo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="31" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="33" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="62" />
            <source>SHA-256 {sha}</source>
            <translation>SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="66" />
            <source>Attach files</source>
            <translation>Adjuntar archivos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="77" />
            <source>Cannot attach the file</source>
            <translation>No se puede adjuntar el archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="77" />
            <source>{name} could not be copied into the app's folder ({detail}).</source>
            <translation>No se pudo copiar {name} en la carpeta de la aplicación ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="94" />
            <source>Cannot open the file</source>
            <translation>No se puede abrir el archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="94" />
            <source>{name} is not in the app's folder on this computer (it may not have arrived yet).</source>
            <translation>{name} no está en la carpeta de la aplicación en esta computadora (quizá aún no ha llegado).</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="6" />
            <source>New event</source>
            <translation>Nuevo evento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="35" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="47" />
            <source>Planned activity</source>
            <translation>Actividad prevista</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="107" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="154" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="185" />
            <source>e.g. National workshop on container control — Kingston</source>
            <translation>p. ej., Taller nacional sobre control de contenedores — Kingston</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="205" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="252" />
            <source>Counts toward the target</source>
            <translation>Unidades para la meta</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="286" />
            <source>How many units of the activity's target this event delivers (usually 1)</source>
            <translation>Cuántas unidades de la meta de la actividad aporta este evento (normalmente 1)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="309" />
            <source>When and where</source>
            <translation>Cuándo y dónde</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="321" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="367" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="374" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="381" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="424" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="468" />
            <source>Beneficiary member states</source>
            <translation>Estados Miembros beneficiarios</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="515" />
            <source>Venue</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="559" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="606" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="618" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="661" />
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="697" />
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="733" />
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="769" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="868" />
            <source>Use the roster's counts</source>
            <translation>Usar los totales de la lista</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="875" />
            <source>Keep these counts</source>
            <translation>Conservar estos totales</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="885" />
            <source>Institutions</source>
            <translation>Instituciones</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="919" />
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="939" />
            <source>Lead trainer</source>
            <translation>Instructor principal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="983" />
            <source>Experts</source>
            <translation>Expertos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1027" />
            <source>Partner organisations</source>
            <translation>Organizaciones asociadas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1071" />
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1115" />
            <source>Roster</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1162" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1174" />
            <source>Outcomes</source>
            <translation>Logros</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1222" />
            <source>Average satisfaction (1-5)</source>
            <translation>Satisfacción media (1-5)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1282" />
            <source>Test averages (0-100)</source>
            <translation>Promedios de pruebas (0-100)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1325" />
            <source>Pre-test</source>
            <translation>Prueba inicial</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1351" />
            <source>Post-test</source>
            <translation>Prueba final</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1406" />
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1449" />
            <source>Follow-up needed</source>
            <translation>Requiere seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1456" />
            <source>Follow-up notes</source>
            <translation>Notas de seguimiento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1459" />
            <source>What, by whom</source>
            <translation>Qué y quién</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1482" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1533" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1545" />
            <source>Agenda, attendance list, photos</source>
            <translation>Agenda, lista de asistencia, fotos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1592" />
            <source>History of changes</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1605" />
            <source>When</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1610" />
            <source>Changed by</source>
            <translation>Modificado por</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1615" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1620" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1625" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1630" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1667" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1677" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="81" />
            <source>Edit event — {title}</source>
            <translation>Editar evento — {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="110" />
            <source>Type to find a member state</source>
            <translation>Escriba para buscar un Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="112" />
            <source>Type to find a partner organisation</source>
            <translation>Escriba para buscar una organización asociada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="148" />
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="296" />
            <source>Moved to the {year} plan: {activity}</source>
            <translation>Trasladado al plan de {year}: {activity}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="298" />
            <source>Moved to the {year} plan. The activity carried over to it was retired from the plan: choose the activity of the {year} plan this event counts toward.</source>
            <translation>Trasladado al plan de {year}. La actividad trasladada a ese plan fue retirada de él: elija la actividad del plan de {year} a cuya meta contribuye este evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="301" />
            <source>Moved to the {year} plan. Its activity was not carried over to the {year} plan: choose the activity of the {year} plan this event counts toward.</source>
            <translation>Trasladado al plan de {year}. Su actividad no se trasladó al plan de {year}: elija la actividad del plan de {year} a cuya meta contribuye este evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="304" />
            <source>Moved to the {year} plan: the list shows its activities.</source>
            <translation>Trasladado al plan de {year}: la lista muestra sus actividades.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="322" />
            <source>There is no work plan for {year} yet (work plans: {years}): the event is saved under its activity of the {plan} plan. Check the start date; once the {year} plan reaches this computer, open the event and choose its activity there.</source>
            <translation>Todavía no hay plan de trabajo para {year} (planes de trabajo: {years}): el evento se guarda bajo su actividad del plan {plan}. Revise la fecha de inicio; cuando el plan de {year} llegue a esta computadora, abra el evento y elija allí su actividad.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="356" />
            <source>Cannot save yet: {problems}</source>
            <translation>Aún no se puede guardar: {problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="380" />
            <source>{period} has been reported and is locked: this event is read-only. A program manager can unlock the period under Events &gt; Reporting Periods.</source>
            <translation>{period} ya se informó y está bloqueado: este evento es de solo lectura. Un gerente de programa puede desbloquear el período en Eventos &gt; Períodos de informe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="421" />
            <source>Reason for the change</source>
            <translation>Motivo del cambio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="421" />
            <source>This event was completed and may have been reported. Why is it being changed?</source>
            <translation>Este evento ya se realizó y puede haberse informado. ¿Por qué se modifica?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="427" />
            <source>The change was not saved: a reason is needed.</source>
            <translation>No se guardó el cambio: debe indicarse un motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="431" />
            <source>Cannot save the event</source>
            <translation>No se puede guardar el evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="435" />
            <source>This event was deleted meanwhile; what you typed is kept as a draft.</source>
            <translation>Entretanto se eliminó este evento; lo escrito se conserva como borrador.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="439" />
            <source>The form now shows their changes with yours (where you both changed a field, yours): check them, then save again.</source>
            <translation>El formulario muestra ahora los cambios de esa persona junto con los de usted (donde ambos cambiaron un campo, el de usted): revíselos y vuelva a guardar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="447" />
            <source>{problem} What you typed is still in this form.</source>
            <translation>{problem} Lo que escribió sigue en este formulario.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="455" />
            <source>The event could not be written ({detail}). Nothing was changed in the database; what you typed is still in this form and kept as a draft. Free some disk space or check the drive, then save again.</source>
            <translation>No se pudo escribir el evento ({detail}). No se modificó nada en la base de datos; lo escrito sigue en este formulario y se conserva como borrador. Libere espacio en el disco o revise la unidad y vuelva a guardar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="482" />
            <source>Discard changes?</source>
            <translation>¿Descartar los cambios?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="482" />
            <source>The changes to this event have not been saved.</source>
            <translation>Los cambios en este evento no se han guardado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="483" />
            <source>Discard changes</source>
            <translation>Descartar cambios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="483" />
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation type="vanished">Agregar persona</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation type="vanished">Quitar persona</translation>
        </message>
        <message>
            <source>Import attendance sheet…</source>
            <translation type="vanished">Importar lista de asistencia…</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation type="vanished">Adjuntar archivo…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="vanished">Abrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Quitar</translation>
        </message>
        <message>
            <source>Import attendance sheet</source>
            <translation type="vanished">Importar lista de asistencia</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="vanished">Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot import the attendance sheet</source>
            <translation type="vanished">No se puede importar la lista de asistencia</translation>
        </message>
        <message>
            <source>The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women {typed_women}, men {typed_men}, not recorded {typed_unknown}.</source>
            <translation type="vanished">La lista tiene mujeres {women}, hombres {men}, sin registrar {unknown}; los totales de arriba dicen mujeres {typed_women}, hombres {typed_men}, sin registrar {typed_unknown}.</translation>
        </message>
        <message>
            <source>SHA-256 {sha}</source>
            <translation type="vanished">SHA-256 {sha}</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation type="vanished">Adjuntar archivos</translation>
        </message>
        <message>
            <source>Cannot attach the file</source>
            <translation type="vanished">No se puede adjuntar el archivo</translation>
        </message>
        <message>
            <source>{name} could not be copied into the app's folder ({detail}).</source>
            <translation type="vanished">No se pudo copiar {name} en la carpeta de la aplicación ({detail}).</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation type="vanished">No se puede abrir el archivo</translation>
        </message>
        <message>
            <source>{name} is not in the app's folder on this computer (it may not have arrived yet).</source>
            <translation type="vanished">{name} no está en la carpeta de la aplicación en esta computadora (quizá aún no ha llegado).</translation>
        </message>
        <message>
            <source>There is no work plan for {year} (work plans: {years}): an event belongs to the plan of the year it starts in. Check the start date, or start the {year} plan first (Plan &gt; New Work Plan…).</source>
            <translation type="vanished">No hay plan de trabajo para {year} (planes de trabajo: {years}): un evento pertenece al plan del año en que comienza. Revise la fecha de inicio o cree primero el plan de {year} (Plan &gt; Nuevo plan de trabajo…).</translation>
        </message>
        <message>
            <source>The event starts in {year}, but its planned activity was not carried over to the {year} work plan: it stays under the {plan} plan. Choose an activity of the {year} plan if it belongs there.</source>
            <translation type="vanished">El evento comienza en {year}, pero su actividad prevista no se trasladó al plan de trabajo {year}: queda bajo el plan {plan}. Elija una actividad del plan {year} si corresponde allí.</translation>
        </message>
        <message>
            <source>The event starts in {year}: the list shows the {year} work plan, and the activity is the one carried over from the {previous} plan.</source>
            <translation type="vanished">El evento comienza en {year}: la lista muestra el plan de trabajo {year}, y la actividad es la trasladada del plan {previous}.</translation>
        </message>
        <message>
            <source>The event starts in {year}: the list shows the {year} work plan.</source>
            <translation type="vanished">El evento comienza en {year}: la lista muestra el plan de trabajo {year}.</translation>
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="117" />
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organización</numerusform>
                <numerusform>%n organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="118" />
            <source>%n person(people)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="119" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="26" />
            <source>January-June {year}</source>
            <translation>Enero-junio de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="26" />
            <source>July-December {year}</source>
            <translation>Julio-diciembre de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="40" />
            <source>{period} has been reported and is locked: its events cannot be changed. A program manager can unlock it (Events &gt; Reporting Periods) with a reason.</source>
            <translation>{period} ya se informó y está bloqueado: sus eventos no se pueden modificar. Un gerente de programa puede desbloquearlo (Eventos &gt; Períodos de informe) indicando un motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="60" />
            <source>Say why the period is locked or unlocked.</source>
            <translation>Indique por qué se bloquea o desbloquea el período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="48" />
            <source>Choose the planned activity this event counts toward.</source>
            <translation>Elija la actividad prevista para la que cuenta este evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="50" />
            <source>Give the event a title.</source>
            <translation>Indique un título para el evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="52" />
            <source>Enter the start date.</source>
            <translation>Indique la fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="54" />
            <source>The end date is before the start date.</source>
            <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="56" />
            <source>Choose at least one beneficiary member state.</source>
            <translation>Elija al menos un Estado Miembro beneficiario.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="60" />
            <source>Counts cannot be negative.</source>
            <translation>Los recuentos no pueden ser negativos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="64" />
            <source>The total ({total}) is not the sum of women, men and not recorded ({sum}).</source>
            <translation>El total ({total}) no es la suma de mujeres, hombres y sin registrar ({sum}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="68" />
            <source>Satisfaction is an average between 1 and 5.</source>
            <translation>La satisfacción es un promedio entre 1 y 5.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="72" />
            <source>Test averages are between 0 and 100.</source>
            <translation>Los promedios de las pruebas deben estar entre 0 y 100.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="74" />
            <source>An event that has not started yet cannot be completed.</source>
            <translation>Un evento que aún no ha empezado no puede estar realizado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="76" />
            <source>The event is outside the work plan's year ({year}); it will not count toward this year's targets.</source>
            <translation>El evento está fuera del año del Plan de Trabajo ({year}); no contará para las metas de este año.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="80" />
            <source>The event ends outside the work plan's year ({year}): check the end date.</source>
            <translation>El evento termina fuera del año del plan de trabajo ({year}): revise la fecha de fin.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="84" />
            <source>The event lasts {days} days, more than a year: check the dates.</source>
            <translation>El evento dura {days} días, más de un año: revise las fechas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="89" />
            <source>Every person on the roster needs a name.</source>
            <translation>Todas las personas de la lista de participantes deben tener un nombre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="319" />
            <source>This event was completed: say why it is being changed.</source>
            <translation>Este evento ya se realizó: indique por qué se modifica.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="336" />
            <source>Someone else saved this event while you were editing it. Now: {changes}. Nothing of yours was saved.</source>
            <translation>Otra persona guardó este evento mientras usted lo editaba. Ahora: {changes}. No se guardó nada de lo suyo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="377" />
            <source>A reporting period was locked or opened meanwhile: nothing was saved. Try again to check the rows against the periods as they are now.</source>
            <translation>Mientras tanto se bloqueó o se abrió un período de informe: no se guardó nada. Vuelva a intentarlo para comprobar las filas con los períodos tal como están ahora.</translation>
        </message>
        <message>
            <source>{count} organisations</source>
            <translation type="vanished">{count} organizaciones</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation type="vanished">{count} personas</translation>
        </message>
        <message>
            <source>{count} files</source>
            <translation type="vanished">{count} archivos</translation>
        </message>
    </context>
    <context>
        <name>EventParticipants</name>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="52" />
            <source>Add person</source>
            <translation>Agregar persona</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="54" />
            <source>Remove person</source>
            <translation>Quitar persona</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="56" />
            <source>Import attendance sheet…</source>
            <translation>Importar lista de asistencia…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="87" />
            <source>Import attendance sheet</source>
            <translation>Importar lista de asistencia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="88" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="101" />
            <source>Cannot import the attendance sheet</source>
            <translation>No se puede importar la lista de asistencia</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Member states</source>
            <translation>Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="111" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
    </context>
    <context>
        <name>EventsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="56" />
            <source>Event not found</source>
            <translation>Evento no encontrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="57" />
            <source>This event no longer exists; it may have been deleted.</source>
            <translation>Este evento ya no existe; es posible que se haya eliminado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="84" />
            <source>Delete event</source>
            <translation>Eliminar evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="84" />
            <source>Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).</source>
            <translation>¿Eliminar “{title}”? Sus cifras dejarán de contar en los totales del Plan de Trabajo. Puede deshacerlo (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="86" />
            <source>Keep it</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="91" />
            <source>Cannot delete the event</source>
            <translation>No se puede eliminar el evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="95" />
            <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
            <translation>Se eliminó “{title}”. Deshacer con Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="105" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="107" />
            <source>Cannot undo</source>
            <translation>No se puede deshacer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="107" />
            <source>The event is gone.</source>
            <translation>El evento ya no existe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="111" />
            <source>Event restored.</source>
            <translation>Evento restablecido.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="135" />
            <source>Restore unsaved event?</source>
            <translation>¿Recuperar el evento no guardado?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="135" />
            <source>An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): “{title}”. Restore it?</source>
            <translation>Se estaba escribiendo un evento cuando CICTE Desktop se cerró inesperadamente (guardado por última vez: {when}): “{title}”. ¿Desea recuperarlo?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="137" />
            <source>untitled</source>
            <translation>sin título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="138" />
            <source>Restore</source>
            <translation>Recuperar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="138" />
            <source>Discard it</source>
            <translation>Descartar</translation>
        </message>
    </context>
    <context>
        <name>ExcelExport</name>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="52" />
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="53" />
            <source>all dates</source>
            <translation>todas las fechas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="181" />
            <source>No work plan for {years}: their events are listed in the Events sheet but measured against no plan.</source>
            <translation>No hay plan de trabajo para {years}: sus eventos figuran en la hoja Eventos, pero no se miden con ningún plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="191" />
            <source>all member states</source>
            <translation>todos los Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="192" />
            <source>work area {number}</source>
            <translation>área de trabajo {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="192" />
            <source>all work areas</source>
            <translation>todas las áreas de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="197" />
            <source>{symbol} · Period: {period} · {state} · {area} · Exported {when}</source>
            <translation>{symbol} · Período: {period} · {state} · {area} · Exportado: {when}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="203" />
            <source>Work area / program</source>
            <translation>Área de trabajo / programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Sex not recorded</source>
            <translation>Sexo sin registrar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Member states reached</source>
            <translation>Estados Miembros alcanzados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="221" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="222" />
            <source>Summary by work area and program</source>
            <translation>Resumen por área de trabajo y programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Numbering</source>
            <translation>Numeración</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="231" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="231" />
            <source>Upon request</source>
            <translation>A solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="232" />
            <source>Amended</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="241" />
            <source>Work area</source>
            <translation>Área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="245" />
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="251" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="255" />
            <source>Planned activity</source>
            <translation>Actividad prevista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="256" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="258" />
            <source>Work plan</source>
            <translation>Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="267" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="284" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="303" />
            <source>Member state</source>
            <translation>Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="303" />
            <source>ISO code</source>
            <translation>Código ISO</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="307" />
            <source>{number}. events</source>
            <translation>{number}. eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="308" />
            <source>{number}. women</source>
            <translation>{number}. mujeres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="309" />
            <source>{number}. men</source>
            <translation>{number}. hombres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="310" />
            <source>All work areas</source>
            <translation>Todas las áreas de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total events</source>
            <translation>Total de eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total women</source>
            <translation>Total de mujeres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total men</source>
            <translation>Total de hombres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="333" />
            <source>Events and participants by member state and work area</source>
            <translation>Eventos y participantes por Estado Miembro y área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="335" />
            <source>An event that served several member states counts in the row of each, and once in the total.</source>
            <translation>Un evento que benefició a varios Estados Miembros cuenta en la fila de cada uno, y una sola vez en el total.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="341" />
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="341" />
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="344" />
            <source>Participants (personal data)</source>
            <translation>Participantes (datos personales)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Event ID</source>
            <translation>ID del evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="347" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="26" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="27" />
            <source>By member state</source>
            <translation>Por Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="27" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="40" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="40" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Plan path</source>
            <translation>Ruta en el plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="42" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>Member states</source>
            <translation>Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>Venue</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="44" />
            <source>Partner organisations</source>
            <translation>Organizaciones asociadas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="44" />
            <source>Lead trainer</source>
            <translation>Instructor principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="45" />
            <source>Experts</source>
            <translation>Expertos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="45" />
            <source>Funding source</source>
            <translation>Fuente de financiación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="47" />
            <source>Institutions</source>
            <translation>Instituciones</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="48" />
            <source>Units toward target</source>
            <translation>Unidades para la meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="48" />
            <source>Satisfaction (1-5)</source>
            <translation>Satisfacción (1-5)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="49" />
            <source>Pre-test average</source>
            <translation>Promedio prueba inicial</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="49" />
            <source>Post-test average</source>
            <translation>Promedio prueba final</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="50" />
            <source>Follow-up needed</source>
            <translation>Requiere seguimiento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="50" />
            <source>Follow-up notes</source>
            <translation>Notas de seguimiento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Outcomes</source>
            <translation>Logros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Plan year</source>
            <translation>Año del plan</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Meta</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Logrado</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation type="vanished">% de la meta</translation>
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="50" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>No se pudo leer {name} como libro de Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="86" />
            <source>{name} was refused: its part {part} declares a document type or entities, which workbooks never do (a known way to attack the program that reads it).</source>
            <translation>{name} fue rechazado: su parte {part} declara un tipo de documento o entidades, algo que los libros nunca hacen (una forma conocida de atacar al programa que lo lee).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="90" />
            <source>{name} is damaged or was altered: its part {part} is not well-formed XML ({detail}).</source>
            <translation>{name} está dañado o fue alterado: su parte {part} no es XML bien formado ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="100" />
            <source>it is not a zip archive, as workbooks are.</source>
            <translation>no es un archivo zip, como lo son los libros.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="106" />
            <source>it is a zip archive, but not of a workbook.</source>
            <translation>es un archivo zip, pero no de un libro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="108" />
            <source>it holds {count} files, more than a workbook does.</source>
            <translation>contiene {count} archivos, más de los que tiene un libro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="115" />
            <source>{name} was refused: its part {part} would unpack to {size} MB, far more than a workbook of events holds (a "zip bomb").</source>
            <translation>{name} fue rechazado: su parte {part} ocuparía {size} MB al descomprimirse, mucho más de lo que contiene un libro de eventos (una «bomba zip»).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="139" />
            <source>it is a folder.</source>
            <translation>es una carpeta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="143" />
            <source>{name} does not exist (any more?).</source>
            <translation>{name} no existe (¿ya no?).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="149" />
            <source>it is empty.</source>
            <translation>está vacío.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="149" />
            <source>it is {size} MB, far more than a workbook of events.</source>
            <translation>ocupa {size} MB, mucho más que un libro de eventos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="186" />
            <source>{name} has no Events sheet; export one from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} no tiene hoja Eventos; exporte una desde CICTE Desktop, edítela y vuelva a importarla.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="189" />
            <source>{name} was refused: its Events sheet declares {rows} rows and {columns} columns, more than a worksheet can have.</source>
            <translation>{name} fue rechazado: su hoja de eventos declara {rows} filas y {columns} columnas, más de las que puede tener una hoja.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="219" />
            <source>{name} holds more than {count} events; import it in parts.</source>
            <translation>{name} contiene más de {count} eventos; impórtelo por partes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="225" />
            <source>{name}: row {row} of the Events sheet cannot be read ({detail}); the workbook was damaged or altered.</source>
            <translation>{name}: la fila {row} de la hoja de eventos no se puede leer ({detail}); el libro fue dañado o alterado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="142" />
            <source>The Events sheet of {name} lacks the columns {columns}.</source>
            <translation>En la hoja Eventos de {name} faltan las columnas {columns}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="181" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="196" />
            <source>{column}: {problem}</source>
            <translation>{column}: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="202" />
            <source>holds a formula ({formula}); the import takes typed values only: type the value, or copy the column and paste it as values</source>
            <translation>contiene una fórmula ({formula}); la importación solo acepta valores escritos: escriba el valor, o copie la columna y péguela como valores</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="206" />
            <source>holds the error {value}</source>
            <translation>contiene el error {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="244" />
            <source>unknown {column} “{value}”</source>
            <translation>{column} desconocido: “{value}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="251" />
            <source>unknown plan path “{path}”</source>
            <translation>ruta del plan desconocida “{path}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="263" />
            <source>“{name}” is listed twice</source>
            <translation>«{name}» figura dos veces</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="268" />
            <source>unknown member state “{name}”</source>
            <translation>Estado Miembro desconocido “{name}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="269" />
            <source>unknown partner organisation “{name}”</source>
            <translation>organización asociada desconocida “{name}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="276" />
            <source>“{value}” is neither {yes} nor {no}</source>
            <translation>«{value}» no es ni {yes} ni {no}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="279" />
            <source>the same event ID appears twice</source>
            <translation>el mismo ID de evento aparece dos veces</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="300" />
            <source>no event has this ID (deleted, or from another database)</source>
            <translation>ningún evento tiene este ID (eliminado o de otra base de datos)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="330" />
            <source>Nothing was imported: fix the rows with problems first.</source>
            <translation>No se importó nada: corrija primero las filas con problemas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="334" />
            <source>Imported from {name}</source>
            <translation>Importado de {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="340" />
            <source>Nothing was imported: {reason}</source>
            <translation>No se importó nada: {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="342" />
            <source>Nothing was imported: an event of the workbook was deleted meanwhile; import it again.</source>
            <translation>No se importó nada: un evento del libro se eliminó entretanto; vuelva a importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="345" />
            <source>Nothing was imported: the database refuses a row of the workbook ({detail}).</source>
            <translation>No se importó nada: la base de datos rechaza una fila del libro ({detail}).</translation>
        </message>
        <message>
            <source>bad date</source>
            <translation type="vanished">fecha no válida</translation>
        </message>
        <message>
            <source>a number column holds text</source>
            <translation type="vanished">una columna numérica contiene texto</translation>
        </message>
        <message>
            <source>member state “{name}” is listed twice</source>
            <translation type="vanished">el estado miembro “{name}” aparece dos veces</translation>
        </message>
        <message>
            <source>partner organisation “{name}” is listed twice</source>
            <translation type="vanished">la organización asociada “{name}” aparece dos veces</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="6" />
            <source>Export Excel workbook</source>
            <translation>Exportar libro de Excel</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="12" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="25" />
            <source>Work area</source>
            <translation>Área de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="38" />
            <source>Member state</source>
            <translation>Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="51" />
            <source>Personal data</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="61" />
            <source>Personal data: leave this off for reports that leave the Secretariat.</source>
            <translation>Datos personales: no marque esta opción en informes que salgan de la Secretaría.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="64" />
            <source>Include the participants' names, e-mails and phones</source>
            <translation>Incluir nombres, correos y teléfonos de los participantes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="71" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="81" />
            <source>Sheet names, headings and the work plan's titles are written in this language.</source>
            <translation>Los nombres de las hojas, los encabezados y los títulos del Plan de Trabajo se escriben en este idioma.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="88" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="103" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="40" />
            <source>All work areas</source>
            <translation>Todas las áreas de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="44" />
            <source>All member states</source>
            <translation>Todos los Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="75" />
            <source>This period covers several years: the workbook has a Summary, Work plan and By member state sheet for each work plan year, measured against that year's plan, and one Events sheet with every event. Years without a work plan are named in a note.</source>
            <translation>Este período abarca varios años: el libro tiene una hoja Resumen, Plan de trabajo y Por Estado Miembro para cada año con plan de trabajo, medida con el plan de ese año, y una hoja Eventos con todos los eventos. Los años sin plan de trabajo se indican en una nota.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="84" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>A whole year</source>
            <translation type="vanished">Un año completo</translation>
        </message>
        <message>
            <source>January-June</source>
            <translation type="vanished">Enero-junio</translation>
        </message>
        <message>
            <source>July-December</source>
            <translation type="vanished">Julio-diciembre</translation>
        </message>
        <message>
            <source>Dates of my choice</source>
            <translation type="vanished">Otras fechas</translation>
        </message>
        <message>
            <source>to</source>
            <translation type="vanished">a</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation type="vanished">Fechas</translation>
        </message>
    </context>
    <context>
        <name>FieldPackage</name>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="105" />
            <source>{name} holds a record this database refuses ({detail}). Nothing was imported.</source>
            <translation>{name} contiene un registro que esta base de datos rechaza ({detail}). No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="109" />
            <source>{name} was refused: its attached files are larger than a field package may hold ({member}). Nothing was imported.</source>
            <translation>{name} fue rechazado: sus archivos adjuntos superan lo que puede contener un paquete de campo ({member}). No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="113" />
            <source>{name} is damaged: the attached file {member} does not match its checksum. Nothing was imported.</source>
            <translation>{name} está dañado: el archivo adjunto {member} no coincide con su suma de verificación. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="123" />
            <source>{name} is not signed. Nothing was imported.</source>
            <translation>{name} no está firmado. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="125" />
            <source>{name} was signed with a new key for {device} (fingerprint {fingerprint}), not the one confirmed here; nothing was imported. Compare the fingerprint with {device} and confirm it.</source>
            <translation>{name} se firmó con una clave nueva de {device} (huella {fingerprint}), no con la confirmada aquí; no se importó nada. Compare la huella con {device} y confírmela.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="128" />
            <source>{name} comes from {device}, which now says it is headquarters (fingerprint {fingerprint}); nothing was imported. Confirm it only if it really is.</source>
            <translation>{name} viene de {device}, que ahora dice ser la sede (huella {fingerprint}); no se importó nada. Confírmelo solo si realmente lo es.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="131" />
            <source>{name} comes from {device}, a sender this computer does not know yet (fingerprint {fingerprint}); nothing was imported. Compare the fingerprint with {device} and confirm it.</source>
            <translation>{name} viene de {device}, un remitente que este equipo aún no conoce (huella {fingerprint}); no se importó nada. Compare la huella con {device} y confírmela.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Devices</source>
            <translation>Equipos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Work plans</source>
            <translation>Planes de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Work areas</source>
            <translation>Áreas de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Programs</source>
            <translation>Programas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Planned activities</source>
            <translation>Actividades previstas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="33" />
            <source>Member states</source>
            <translation>Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="33" />
            <source>Partner organisations</source>
            <translation>Organizaciones asociadas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Mandates</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Translated titles</source>
            <translation>Títulos traducidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Plan history</source>
            <translation>Historial del plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="35" />
            <source>Reporting periods</source>
            <translation>Períodos de informe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="36" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="36" />
            <source>Member states of events</source>
            <translation>Estados Miembros de eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="37" />
            <source>Partners of events</source>
            <translation>Organizaciones asociadas de eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="37" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="38" />
            <source>Attached files</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="38" />
            <source>History of changes</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="65" />
            <source>{period}, locked</source>
            <translation>{period}, cerrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="65" />
            <source>{period}, open</source>
            <translation>{period}, abierto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="372" />
            <source>{record} — event “{title}”</source>
            <translation>{record} — evento “{title}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="405" />
            <source>This package refers to {kind} that this database does not have ({count}, for example {uuid}). Only headquarters' packages change the work plan and its reference data, so {device}'s changes to them were not imported, nor can the records that refer to them be. If {device} made them (a plan started or edited on a laptop stays on it), ask headquarters to make the same change and send it here, then import this package again; if they came from headquarters, import headquarters' package first.</source>
            <translation>Este paquete hace referencia a {kind} que esta base de datos no tiene ({count}, por ejemplo {uuid}). Solo los paquetes de la sede cambian el plan de trabajo y sus datos de referencia, así que los cambios de {device} en ellos no se importaron, ni pueden importarse los registros que remiten a ellos. Si los hizo {device} (un plan creado o editado en una laptop se queda en ella), pida a la sede que haga el mismo cambio y lo envíe aquí, y vuelva a importar este paquete; si vinieron de la sede, importe primero el paquete de la sede.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="415" />
            <source>This package refers to {count} {kind} that this database does not have (for example {uuid}). It needs an earlier package from {device} that was not imported here, or a newer version of CICTE Desktop. Import that package first, or ask {device} for a complete package (Export with “everything”).</source>
            <translation>Este paquete remite a {count} {kind} que esta base de datos no tiene (por ejemplo, {uuid}). Requiere un paquete anterior de {device} que no se importó aquí, o una versión más reciente de CICTE Desktop. Importe primero ese paquete o pida a {device} un paquete completo (exportación con “todo”).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/outgoing.py" line="60" />
            <source>Name the destination (for example Headquarters).</source>
            <translation>Indique el nombre del destino (por ejemplo, Sede).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/outgoing.py" line="174" />
            <source>This package would carry participants' names, e-mails or phones (personal data) without a passphrase.</source>
            <translation>Este paquete llevaría nombres, correos electrónicos o teléfonos de participantes (datos personales) sin frase de contraseña.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="62" />
            <source>it ends too early</source>
            <translation>termina antes de tiempo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="62" />
            <source>unreadable data</source>
            <translation>datos ilegibles</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="63" />
            <source>{name} is damaged: its part {member} cannot be read ({detail}). Nothing was imported; copy the package again from where it was made.</source>
            <translation>{name} está dañado: no se puede leer su parte {member} ({detail}). No se importó nada; vuelva a copiar el paquete desde el equipo donde se creó.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="69" />
            <source>{name} was refused: its part {member} is larger than a field package may hold. Nothing was imported.</source>
            <translation>Se rechazó {name}: su parte {member} supera el tamaño que admite un paquete de campo. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="77" />
            <source>{name} was refused: it holds too many files ({count}). Nothing was imported.</source>
            <translation>Se rechazó {name}: contiene demasiados archivos ({count}). No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="84" />
            <source>{name} was refused: it holds a file named {member}, which points outside the package's folder. Nothing was imported.</source>
            <translation>Se rechazó {name}: contiene un archivo llamado {member}, que apunta fuera de la carpeta del paquete. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="88" />
            <source>{name} was refused: it holds {member} twice. Nothing was imported.</source>
            <translation>Se rechazó {name}: contiene {member} dos veces. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="92" />
            <source>{name} is not a CICTE Desktop field package: it holds {member}, which no package holds.</source>
            <translation>{name} no es un paquete de campo de CICTE Desktop: contiene {member}, que no figura en ningún paquete.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="99" />
            <source>{name} was refused as tampered with: its signature does not match its content, so it was changed after it was made, or made by someone other than the computer it names. Nothing was imported.</source>
            <translation>{name} fue rechazado por manipulado: su firma no coincide con su contenido, así que se modificó después de crearse o lo creó alguien distinto de el equipo que nombra. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="110" />
            <source>{name} was refused: it is not signed, so nothing tells who made it (packages made by earlier versions of CICTE Desktop are not signed: make it again with this version). Nothing was imported.</source>
            <translation>{name} fue rechazado: no está firmado, así que nada indica quién lo creó (los paquetes de versiones anteriores de CICTE Desktop no están firmados: vuelva a crearlo con esta versión). No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="136" />
            <source>{field} is missing or wrong</source>
            <translation>falta {field} o no es válido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="160" />
            <source>an unknown kind of compression</source>
            <translation>un tipo de compresión desconocido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="162" />
            <source>{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing was imported.</source>
            <translation>{name} está dañado o se modificó después de escribirse: {member} no coincide con su suma de verificación. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="181" />
            <source>{name} was refused: it holds more data than a field package may. Nothing was imported.</source>
            <translation>Se rechazó {name}: contiene más datos de los que admite un paquete de campo. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="207" />
            <source>{name} is not a CICTE Desktop field package (its manifest is not one).</source>
            <translation>{name} no es un paquete de campo de CICTE Desktop (su manifiesto no es válido).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="239" />
            <source>{name} holds records of a kind this version of CICTE Desktop does not know ({table}). Install the newer version to import it.</source>
            <translation>{name} contiene registros de un tipo que esta versión de CICTE Desktop no reconoce ({table}). Instale la versión más reciente para importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="243" />
            <source>its columns are wrong</source>
            <translation>sus columnas no son válidas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="246" />
            <source>{name} holds information this version of CICTE Desktop does not know ({table}.{column}). Install the newer version to import it.</source>
            <translation>{name} contiene información que esta versión de CICTE Desktop no reconoce ({table}.{column}). Instale la versión más reciente para importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="252" />
            <source>{name} was refused: {problem}. Nothing was imported.</source>
            <translation>{name} fue rechazado: {problem}. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="257" />
            <source>it holds {count} records where its manifest says {declared}</source>
            <translation>contiene {count} registros donde su manifiesto dice {declared}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="52" />
            <source>{name} could not be read ({detail}).</source>
            <translation>No se pudo leer {name} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="67" />
            <source>{name} is not a CICTE Desktop field package.</source>
            <translation>{name} no es un paquete de campo de CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="71" />
            <source>{name} is damaged or incomplete (was it copied only in part?). Nothing was imported; copy the package again from where it was made.</source>
            <translation>{name} está dañado o incompleto (¿se copió solo en parte?). No se importó nada; vuelva a copiar el paquete desde el equipo donde se creó.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="81" />
            <source>{name} is a folder, not a field package.</source>
            <translation>{name} es una carpeta, no un paquete de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="83" />
            <source>{name} does not exist.</source>
            <translation>{name} no existe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="85" />
            <source>{name} is an empty file, not a field package.</source>
            <translation>{name} es un archivo vacío, no un paquete de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="93" />
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="95" />
            <source>{name} is protected with a passphrase. Enter the passphrase it was exported with.</source>
            <translation>{name} está protegido con una frase de contraseña. Escriba la frase de contraseña con la que se exportó.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="124" />
            <source>{name} was protected by a newer version of CICTE Desktop (format {version}). Install the newer version to import it.</source>
            <translation>{name} se protegió con una versión más reciente de CICTE Desktop (formato {version}). Instale esa versión para importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="140" />
            <source>unusable encryption settings</source>
            <translation>parámetros de cifrado no válidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="143" />
            <source>Wrong passphrase for {name}. Nothing was imported; try again.</source>
            <translation>Frase de contraseña incorrecta para {name}. No se importó nada; vuelva a intentarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="157" />
            <source>cut short</source>
            <translation>truncado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="162" />
            <source>{name} is damaged or was changed after it was written: its encrypted content does not check out. Nothing was imported.</source>
            <translation>{name} está dañado o se modificó después de escribirse: su contenido cifrado no supera la verificación. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="187" />
            <source>{name} is not a CICTE Desktop field package (it has no manifest).</source>
            <translation>{name} no es un paquete de campo de CICTE Desktop (no tiene manifiesto).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="198" />
            <source>{name} was made by a newer version of CICTE Desktop (package format {version}; this version reads format {supported}). Install the newer version to import it.</source>
            <translation>{name} se creó con una versión más reciente de CICTE Desktop (formato de paquete {version}; esta versión lee el formato {supported}). Instale esa versión para importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="204" />
            <source>{name} was made by a newer version of CICTE Desktop (database schema {schema}). Install the newer version to import it; nothing was imported.</source>
            <translation>{name} se creó con una versión más reciente de CICTE Desktop (esquema de base de datos {schema}). Instale esa versión para importarlo; no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="227" />
            <source>{name} is incomplete: {member} is listed in its manifest but missing. Nothing was imported.</source>
            <translation>{name} está incompleto: {member} figura en su manifiesto, pero falta. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="230" />
            <source>{name} was changed after it was written: it holds {member}, which its manifest does not list. Nothing was imported.</source>
            <translation>{name} se modificó después de escribirse: contiene {member}, que su manifiesto no incluye. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="249" />
            <source>{name} was refused: it holds the file {member}, which none of its records refers to. Nothing was imported.</source>
            <translation>{name} fue rechazado: contiene el archivo {member}, al que ninguno de sus registros se refiere. No se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="292" />
            <source>The passphrase needs at least {count} characters.</source>
            <translation>La frase de contraseña debe tener al menos {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="302" />
            <source>The passphrase file {path} could not be read ({detail}).</source>
            <translation>No se pudo leer el archivo de frase de contraseña {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="306" />
            <source>The passphrase file {path} is empty.</source>
            <translation>El archivo de frase de contraseña {path} está vacío.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="87" />
            <source>The signing key {path} is damaged ({detail}). Move it aside to make a new one; the computers that trust this one will then have to confirm it again.</source>
            <translation>La clave de firma {path} está dañada ({detail}). Apártela para crear una nueva; los equipos que confían en este tendrán que confirmarla de nuevo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="92" />
            <source>The signing key {path} is not an Ed25519 key.</source>
            <translation>La clave de firma {path} no es una clave Ed25519.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="193" />
            <source>It says it is this database's headquarters.</source>
            <translation>Dice ser la sede de esta base de datos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="194" />
            <source>It says it is a laptop.</source>
            <translation>Dice ser una computadora portátil.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="196" />
            <source>{name} signed this package with a new key, not the one confirmed here before. Import it only if {name} really made a new key (a new installation): compare the fingerprint with its keeper by phone or in person.</source>
            <translation>{name} firmó este paquete con una clave nueva, no con la confirmada aquí antes. Impórtelo solo si {name} realmente creó una clave nueva (una nueva instalación): compare la huella con su responsable por teléfono o en persona.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="200" />
            <source>{name} is trusted here as a laptop and now says it is headquarters. Confirm only if it really became headquarters.</source>
            <translation>Aquí se confía en {name} como computadora portátil y ahora dice ser la sede. Confirme solo si realmente pasó a ser la sede.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="203" />
            <source>This computer has never received a package from {name}. Compare the fingerprint below with the one {name} shows (Tools &gt; This Computer's Fingerprint), by phone or in person, before you trust it.</source>
            <translation>Este equipo nunca recibió un paquete de {name}. Compare la huella de abajo con la que muestra {name} (Herramientas &gt; Huella de este equipo), por teléfono o en persona, antes de confiar en él.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="208" />
            <source>{old} is headquarters here now; confirming makes {name} headquarters instead.</source>
            <translation>{old} es ahora la sede aquí; al confirmar, {name} pasa a ser la sede en su lugar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="133" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="133" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>Checksum</source>
            <translation>Suma de verificación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="136" />
            <source>Size (bytes)</source>
            <translation>Tamaño (bytes)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="136" />
            <source>Kind of file</source>
            <translation>Tipo de archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="137" />
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="137" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="137" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="147" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="147" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>headquarters</source>
            <translation type="vanished">sede</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation type="vanished">computadora portátil</translation>
        </message>
        <message>
            <source>A computer is either headquarters or a laptop.</source>
            <translation type="vanished">Un equipo es la sede o una computadora portátil.</translation>
        </message>
        <message>
            <source>a record has the wrong number of values</source>
            <translation type="vanished">un registro tiene un número incorrecto de valores</translation>
        </message>
        <message>
            <source>record {uuid} has a wrong identity or time stamp</source>
            <translation type="vanished">el registro {uuid} tiene una identidad o una marca de tiempo incorrecta</translation>
        </message>
        <message>
            <source>a record holds a list or an object where a value goes</source>
            <translation type="vanished">un registro contiene una lista o un objeto donde va un valor</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="175" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="176" />
            <source>Achieved</source>
            <translation>Logrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="177" />
            <source>Counted toward target</source>
            <translation>Computado para la meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="178" />
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="179" />
            <source>Expected by now</source>
            <translation>Esperado a la fecha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="180" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="181" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="182" />
            <source>Share of achieved</source>
            <translation>Parte de lo logrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="192" />
            <source>Met</source>
            <translation>Cumplida</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="193" />
            <source>On track</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="194" />
            <source>Behind</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="195" />
            <source>Not started</source>
            <translation>Sin iniciar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="196" />
            <source>No numeric target</source>
            <translation>Sin meta numérica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="197" />
            <source>Contribution</source>
            <translation>Contribución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="203" />
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="464" />
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../cicte_desktop/files.py" line="48" />
            <source>{path} cannot be written ({detail}).</source>
            <translation>No se puede escribir {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="50" />
            <source>{path} is a link to {target}: it was not replaced. Give the path of the file itself, or another name.</source>
            <translation>{path} es un enlace a {target}: no se reemplazó. Indique la ruta del propio archivo u otro nombre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="53" />
            <source>{path} is a folder: give the name of a file to write in it.</source>
            <translation>{path} es una carpeta: indique el nombre de un archivo que se escribirá en ella.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="55" />
            <source>{path} is a device or a special file, not a file: it was not replaced. Give the name of a file.</source>
            <translation>{path} es un dispositivo o un archivo especial, no un archivo: no se reemplazó. Indique el nombre de un archivo.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="40" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="62" />
            <source>Reset filters</source>
            <translation>Restablecer filtros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="71" />
            <source>All member states, types and statuses, over the work plan's year</source>
            <translation>Todos los Estados Miembros, tipos y estados, en el año del Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="79" />
            <source>Member state</source>
            <translation>Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="79" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="80" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="80" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="81" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="40" />
            <source>Search the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="47" />
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="55" />
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="59" />
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="65" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="132" />
            <source>CICTE Desktop User Guide — {topic}</source>
            <translation>Guía del usuario de CICTE Desktop — {topic}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="18" />
            <source>Import events — {name}</source>
            <translation>Importar eventos — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="20" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="24" />
            <source>Rows of the workbook</source>
            <translation>Filas del libro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>What happens</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="26" />
            <source>Changes or problems</source>
            <translation>Cambios o problemas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="40" />
            <source>{new}, {changed}, {unchanged}, {rejected}.</source>
            <translation>{new}, {changed}, {unchanged}, {rejected}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="41" />
            <source>%n new</source>
            <translation>
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="41" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificado</numerusform>
                <numerusform>%n modificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="42" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="43" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n con problemas</numerusform>
                <numerusform>%n con problemas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="45" />
            <source>Nothing is written until you press Import, and then everything at once. Rows with problems block the import: correct them in the workbook and import it again.</source>
            <translation>No se escribe nada hasta que pulse Importar, y entonces se escribe todo a la vez. Las filas con problemas impiden la importación: corríjalas en el libro y vuelva a importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="48" />
            <source>Nothing is written until you press Import, and then everything at once.</source>
            <translation>No se escribe nada hasta que pulse Importar, y entonces se escribe todo a la vez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="51" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} with problems.</source>
            <translation type="vanished">{new} nuevos, {changed} modificados, {unchanged} sin cambios, {rejected} con problemas.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="207" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="104" />
            <source>CICTE Desktop</source>
            <translation>CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="110" />
            <source>Work plan</source>
            <translation>Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="172" />
            <source>The work plan to show</source>
            <translation>Plan de Trabajo que se muestra</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="175" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="177" />
            <source>Search the plan and events (Ctrl+F)</source>
            <translation>Buscar en el plan y los eventos (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="181" />
            <source>Finds plan items and events whose words start with what you type, and events by member state, by name or code (Jamaica, JAM); accents ignored, events from 3 letters on. Escape clears the search.</source>
            <translation>Busca elementos del plan y eventos con palabras que empiecen por lo escrito, y eventos por Estado Miembro, por nombre o código (Jamaica, JAM); sin distinguir acentos, eventos a partir de 3 letras. Esc borra la búsqueda.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="30" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="31" />
            <source>Eve&amp;nts</source>
            <translation>Even&amp;tos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="32" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="33" />
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="34" />
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="35" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="37" />
            <source>&amp;New Event…</source>
            <translation>&amp;Nuevo evento…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="40" />
            <source>Log a mission, workshop, course... under the selected planned activity (Ctrl+N)</source>
            <translation>Registrar una misión, un taller, un curso... en la actividad prevista seleccionada (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="42" />
            <source>&amp;Export Excel Workbook…</source>
            <translation>&amp;Exportar libro de Excel…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="45" />
            <source>Export &amp;PDF Report…</source>
            <translation>Exportar informe &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="48" />
            <source>The semi-annual implementation report, a member-state report or certificates of participation, previewed before saving (Ctrl+R)</source>
            <translation>El informe semestral de ejecución, un informe por Estado Miembro o certificados de participación, con vista previa antes de guardar (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="51" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="75" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="80" />
            <source>&amp;Connect to Server…</source>
            <translation>Co&amp;nectar con un servidor…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="81" />
            <source>Headquarters' database on a PostgreSQL server</source>
            <translation>La base de datos de la sede en un servidor PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="85" />
            <source>&amp;Back Up To…</source>
            <translation>&amp;Copia de seguridad en…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="88" />
            <source>&amp;Restore From Backup…</source>
            <translation>&amp;Restaurar copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="94" />
            <source>&amp;Import Events From Excel…</source>
            <translation>&amp;Importar eventos de Excel…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="100" />
            <source>Export &amp;Field Package…</source>
            <translation>Exportar paquete de ca&amp;mpo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="102" />
            <source>What was logged or changed here, in one file for headquarters or another laptop</source>
            <translation>Lo registrado o modificado aquí, en un archivo para la sede u otra computadora portátil</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="105" />
            <source>Import Field Pac&amp;kage…</source>
            <translation>Importar pa&amp;quete de campo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="110" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="117" />
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="123" />
            <source>&amp;Undo Delete</source>
            <translation>&amp;Deshacer eliminación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="130" />
            <source>Translated &amp;Titles…</source>
            <translation>&amp;Títulos traducidos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="131" />
            <source>The Spanish, French and Portuguese titles of the selected plan item</source>
            <translation>Los títulos en español, francés y portugués del elemento del plan seleccionado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="134" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="143" />
            <source>&amp;Expand All</source>
            <translation>&amp;Expandir todo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="147" />
            <source>&amp;Collapse All</source>
            <translation>&amp;Contraer todo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="150" />
            <source>&amp;Reset Filters</source>
            <translation>&amp;Restablecer filtros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="154" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="156" />
            <source>The year's work in charts: progress, events by month, participants and the member states reached (Ctrl+Shift+D)</source>
            <translation>El trabajo del año en gráficos: avance, eventos por mes, participantes y Estados Miembros alcanzados (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="168" />
            <source>&amp;New Work Plan…</source>
            <translation>&amp;Nuevo plan de trabajo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="169" />
            <source>Start a year's work plan from an earlier one</source>
            <translation>Iniciar el plan de trabajo de un año a partir de uno anterior</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="172" />
            <source>&amp;Edit Work Plan…</source>
            <translation>&amp;Editar plan de trabajo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="174" />
            <source>Add, rename, move or retire items of the year's plan, with a reason for every change</source>
            <translation>Agregar, renombrar, mover o retirar elementos del plan del año, con un motivo para cada cambio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="179" />
            <source>E&amp;xport Plan Workbook…</source>
            <translation>E&amp;xportar libro del plan…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="181" />
            <source>The year's plan as a workbook, one row per item, to draft changes or next year's plan in Excel</source>
            <translation>El plan del año como libro de Excel, una fila por elemento, para redactar cambios o el plan del año siguiente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="184" />
            <source>&amp;Import Plan Workbook…</source>
            <translation>&amp;Importar libro del plan…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="186" />
            <source>Preview what a plan workbook adds, changes and retires, then make the changes with a reason</source>
            <translation>Ver qué añade, modifica y retira un libro del plan, y hacer los cambios con un motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="192" />
            <source>&amp;Privacy…</source>
            <translation>&amp;Privacidad…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="194" />
            <source>&amp;Check the Database</source>
            <translation>&amp;Verificar la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="199" />
            <source>&amp;Device Name…</source>
            <translation>&amp;Nombre del equipo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="201" />
            <source>Conflict &amp;History…</source>
            <translation>&amp;Historial de conflictos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="204" />
            <source>This Computer Is Head&amp;quarters</source>
            <translation>Este equipo es la &amp;sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="208" />
            <source>This Computer's &amp;Fingerprint…</source>
            <translation>Hu&amp;ella de este equipo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="214" />
            <source>Open &amp;Log Folder</source>
            <translation>Abrir carpeta de &amp;registros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="217" />
            <source>&amp;About CICTE Desktop</source>
            <translation>&amp;Acerca de CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="220" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="229" />
            <source>&amp;Open Event</source>
            <translation>&amp;Abrir evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="231" />
            <source>&amp;Duplicate Event</source>
            <translation>&amp;Duplicar evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="234" />
            <source>De&amp;lete Event…</source>
            <translation>&amp;Eliminar evento…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="239" />
            <source>&amp;Certificates of Participation…</source>
            <translation>&amp;Certificados de participación…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="240" />
            <source>One certificate per participant of the selected event, to print</source>
            <translation>Un certificado por participante del evento seleccionado, para imprimir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="242" />
            <source>&amp;Reporting Periods…</source>
            <translation>&amp;Períodos de informe…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="259" />
            <source>&amp;Bigger Text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="263" />
            <source>&amp;Smaller Text</source>
            <translation>Texto más pe&amp;queño</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="266" />
            <source>&amp;Normal Text Size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>{path} is on read-only media: you can view it, check it and export from it, but changes cannot be saved. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation type="vanished">{path} está en un medio de solo lectura: puede consultarlo, verificarlo y exportar a partir de él, pero no se pueden guardar cambios. Para hacer cambios, cópielo en una carpeta en la que pueda escribir y abra la copia.</translation>
        </message>
        <message>
            <source>{year} Work Plan</source>
            <translation type="vanished">Plan de Trabajo {year}</translation>
        </message>
        <message>
            <source>{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</source>
            <translation type="vanished">{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</translation>
        </message>
        <message numerus="yes">
            <source>%n work area(s)</source>
            <translation type="vanished">
                <numerusform>%n área de trabajo</numerusform>
                <numerusform>%n áreas de trabajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation type="vanished">
                <numerusform>%n programa</numerusform>
                <numerusform>%n programas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation type="vanished">
                <numerusform>%n proyecto</numerusform>
                <numerusform>%n proyectos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned activity(ies)</source>
            <translation type="vanished">
                <numerusform>%n actividad prevista</numerusform>
                <numerusform>%n actividades previstas</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan items or events match “{text}”.</source>
            <translation type="vanished">Ningún elemento del plan ni evento coincide con “{text}”.</translation>
        </message>
        <message>
            <source>The search finds words that start with what you type in the plan, in the events' titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).</source>
            <translation type="vanished">La búsqueda encuentra palabras que empiezan por lo que escribe en el plan, en los títulos, lugares, capacitadores y notas de los eventos, y los Estados Miembros por nombre o código (Jamaica, JAM).</translation>
        </message>
        <message>
            <source>Only events under the current filters are searched: Reset Filters (Ctrl+Shift+R) searches them all.</source>
            <translation type="vanished">Solo se buscan los eventos que cumplen los filtros actuales: Restablecer filtros (Ctrl+Shift+R) los busca todos.</translation>
        </message>
        <message>
            <source>No plan items match “{text}”.</source>
            <translation type="vanished">Ningún elemento del plan coincide con “{text}”.</translation>
        </message>
        <message>
            <source>Type at least {count} letters to search the events too.</source>
            <translation type="vanished">Escriba al menos {count} letras para buscar también en los eventos.</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation type="vanished">Área de trabajo</translation>
        </message>
        <message>
            <source>Program</source>
            <translation type="vanished">Programa</translation>
        </message>
        <message>
            <source>Project</source>
            <translation type="vanished">Proyecto</translation>
        </message>
        <message>
            <source>Planned activity</source>
            <translation type="vanished">Actividad prevista</translation>
        </message>
        <message>
            <source>Upon request</source>
            <translation type="vanished">A solicitud</translation>
        </message>
        <message>
            <source>no numeric target</source>
            <translation type="vanished">sin meta numérica</translation>
        </message>
        <message>
            <source>No events under this item match “{text}”.</source>
            <translation type="vanished">Ningún evento de este elemento coincide con “{text}”.</translation>
        </message>
        <message>
            <source>No events under this item match the filters. Widen the dates or choose Reset Filters (Ctrl+Shift+R).</source>
            <translation type="vanished">Ningún evento de este elemento coincide con los filtros. Amplíe las fechas o elija Restablecer filtros (Ctrl+Shift+R).</translation>
        </message>
        <message>
            <source>No events logged under this {kind} in {year} yet — press Ctrl+N to log one.</source>
            <translation type="vanished">Aún no hay eventos registrados en {year} para este elemento ({kind}): pulse Ctrl+N para registrar uno.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation type="vanished">Preferencias</translation>
        </message>
        <message>
            <source>CICTE Desktop will be in {language} the next time it starts.</source>
            <translation type="vanished">CICTE Desktop estará en {language} la próxima vez que se inicie.</translation>
        </message>
        <message>
            <source>Translated titles</source>
            <translation type="vanished">Títulos traducidos</translation>
        </message>
        <message>
            <source>Select a work area, program, project or planned activity first.</source>
            <translation type="vanished">Seleccione primero un área de trabajo, programa, proyecto o actividad prevista.</translation>
        </message>
        <message>
            <source>Cannot save the titles</source>
            <translation type="vanished">No se pueden guardar los títulos</translation>
        </message>
        <message>
            <source>The titles could not be written ({detail}). Nothing was changed.</source>
            <translation type="vanished">No se pudieron escribir los títulos ({detail}). No se modificó nada.</translation>
        </message>
        <message>
            <source>About CICTE Desktop</source>
            <translation type="vanished">Acerca de CICTE Desktop</translation>
        </message>
        <message>
            <source>CICTE Desktop {version}

Plans, logs and reports the capacity-building work of the Secretariat of the Inter-American Committee against Terrorism (OAS).

Database: {path}</source>
            <translation type="vanished">CICTE Desktop {version}

Planifica, registra e informa sobre las actividades de desarrollo de capacidades de la Secretaría del Comité Interamericano contra el Terrorismo (OEA).

Base de datos: {path}</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation type="vanished">No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>The database is in use</source>
            <translation type="vanished">La base de datos está en uso</translation>
        </message>
        <message>
            <source>{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other program is done.</source>
            <translation type="vanished">{problem} Mientras tanto, no se pueden guardar cambios; cierre CICTE Desktop y vuelva a abrirlo cuando el otro programa haya terminado.</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation type="vanished">Abrir base de datos</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation type="vanished">Bases de datos CICTE (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>No automatic backup yet</source>
            <translation type="vanished">Aún no hay copia de seguridad automática</translation>
        </message>
        <message numerus="yes">
            <source>Last backup: %n hour(s) ago</source>
            <translation type="vanished">
                <numerusform>Última copia de seguridad: hace %n hora</numerusform>
                <numerusform>Última copia de seguridad: hace %n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>Last backup: less than an hour ago</source>
            <translation type="vanished">Última copia de seguridad: hace menos de una hora</translation>
        </message>
        <message>
            <source>Back Up To</source>
            <translation type="vanished">Copia de seguridad en</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite)</source>
            <translation type="vanished">Bases de datos CICTE (*.sqlite)</translation>
        </message>
        <message>
            <source>The backup failed</source>
            <translation type="vanished">Error en la copia de seguridad</translation>
        </message>
        <message>
            <source>Choose another file: this is the database you are working on.</source>
            <translation type="vanished">Elija otro archivo: esta es la base de datos en la que está trabajando.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation type="vanished">Copia de seguridad</translation>
        </message>
        <message>
            <source>Copying the database to {path}…</source>
            <translation type="vanished">Copiando la base de datos en {path}…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="vanished">Cancelado: no se escribió nada.</translation>
        </message>
        <message>
            <source>Saved {path}: {events}, {people}.</source>
            <translation type="vanished">Se guardó {path}: {events}, {people}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation type="vanished">
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation type="vanished">
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Note: %n row(s) of the database point to records that are missing; Tools &gt; Check the Database tells which.</source>
            <translation type="vanished">
                <numerusform>Nota: %n fila de la base de datos remite a registros inexistentes; Herramientas &gt; Verificar la base de datos indica cuál.</numerusform>
                <numerusform>Nota: %n filas de la base de datos remiten a registros inexistentes; Herramientas &gt; Verificar la base de datos indica cuáles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation type="vanished">Restaurar copia de seguridad</translation>
        </message>
        <message>
            <source>Cannot restore this backup</source>
            <translation type="vanished">No se puede restaurar esta copia de seguridad</translation>
        </message>
        <message>
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation type="vanished">Esta copia de seguridad se guardó el {when} en {device}. Contiene {events} y {people}.

¿Reemplazar con ella la base de datos en la que está trabajando? Antes se guarda una copia de seguridad de la base de datos actual.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Restaurar copia</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation type="vanished">Recuperar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Cancelar</translation>
        </message>
        <message>
            <source>The restore failed</source>
            <translation type="vanished">Error en la restauración</translation>
        </message>
        <message>
            <source>Restored. The database as it was is kept in {kept}.</source>
            <translation type="vanished">Restauración completada. La base de datos anterior se conserva en {kept}.</translation>
        </message>
        <message>
            <source>Check the database</source>
            <translation type="vanished">Verificar la base de datos</translation>
        </message>
        <message>
            <source>Event not found</source>
            <translation type="vanished">Evento no encontrado</translation>
        </message>
        <message>
            <source>This event no longer exists; it may have been deleted.</source>
            <translation type="vanished">Este evento ya no existe; es posible que se haya eliminado.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation type="vanished">Eliminar evento</translation>
        </message>
        <message>
            <source>Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).</source>
            <translation type="vanished">¿Eliminar “{title}”? Sus cifras dejarán de contar en los totales del Plan de Trabajo. Puede deshacerlo (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation type="vanished">Conservar</translation>
        </message>
        <message>
            <source>Cannot delete the event</source>
            <translation type="vanished">No se puede eliminar el evento</translation>
        </message>
        <message>
            <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
            <translation type="vanished">Se eliminó “{title}”. Deshacer con Ctrl+Z.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="vanished">Deshacer</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation type="vanished">No se puede deshacer</translation>
        </message>
        <message>
            <source>The event is gone.</source>
            <translation type="vanished">El evento ya no existe.</translation>
        </message>
        <message>
            <source>Event restored.</source>
            <translation type="vanished">Evento restablecido.</translation>
        </message>
        <message>
            <source>Restore unsaved event?</source>
            <translation type="vanished">¿Recuperar el evento no guardado?</translation>
        </message>
        <message>
            <source>An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): “{title}”. Restore it?</source>
            <translation type="vanished">Se estaba escribiendo un evento cuando CICTE Desktop se cerró inesperadamente (guardado por última vez: {when}): “{title}”. ¿Desea recuperarlo?</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation type="vanished">sin título</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation type="vanished">Descartar</translation>
        </message>
        <message>
            <source>Cannot export this period</source>
            <translation type="vanished">No se puede exportar este período</translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="vanished">Exportar</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="vanished">Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation type="vanished">Cancelado: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>The export failed</source>
            <translation type="vanished">Error en la exportación</translation>
        </message>
        <message>
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation type="vanished">No se pudo escribir {path} ({detail}). No quedó ningún archivo parcial.</translation>
        </message>
        <message>
            <source>Wrote {path}: {events}.</source>
            <translation type="vanished">Se escribió {path}: {events}.</translation>
        </message>
        <message>
            <source>Export Plan Workbook</source>
            <translation type="vanished">Exportar libro del plan</translation>
        </message>
        <message>
            <source>Work plan {year}.xlsx</source>
            <translation type="vanished">Plan de trabajo {year}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="vanished">Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then import it with Plan &gt; Import Plan Workbook….</source>
            <translation type="vanished">Se escribió {path}: {items} del plan de trabajo {year}. Edítelo en Excel (su hoja Cómo usarlo explica cómo) e impórtelo con Plan &gt; Importar libro del plan….</translation>
        </message>
        <message numerus="yes">
            <source>%n plan item(s)</source>
            <translation type="vanished">
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Plan Workbook</source>
            <translation type="vanished">Importar libro del plan</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation type="vanished">Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation type="vanished">Leyendo {name}…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation type="vanished">No se puede importar este archivo</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="vanished">No se importó nada</translation>
        </message>
        <message>
            <source>{added}, {changed}, {retired}.</source>
            <translation type="vanished">{added}, {changed}, {retired}.</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation type="vanished">
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation type="vanished">
                <numerusform>%n modificado</numerusform>
                <numerusform>%n modificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired</source>
            <translation type="vanished">
                <numerusform>%n retirado</numerusform>
                <numerusform>%n retirados</numerusform>
            </translation>
        </message>
        <message>
            <source>Created the {year} work plan: {changes}</source>
            <translation type="vanished">Se creó el plan de trabajo {year}: {changes}</translation>
        </message>
        <message>
            <source>Changed the {year} work plan: {changes}</source>
            <translation type="vanished">Se modificó el plan de trabajo {year}: {changes}</translation>
        </message>
        <message>
            <source>The work plan was not created</source>
            <translation type="vanished">No se creó el plan de trabajo</translation>
        </message>
        <message>
            <source>Started the {year} work plan from the {source} plan.</source>
            <translation type="vanished">Se inició el plan de trabajo {year} a partir del plan {source}.</translation>
        </message>
        <message>
            <source>Certificates of participation</source>
            <translation type="vanished">Certificados de participación</translation>
        </message>
        <message>
            <source>This event has no participants on its roster. Add them in the event's form (or import its attendance sheet) to print their certificates.</source>
            <translation type="vanished">Este evento no tiene participantes en su lista. Agréguelos en el formulario del evento (o importe su lista de asistencia) para imprimir sus certificados.</translation>
        </message>
        <message>
            <source>Cannot make this report</source>
            <translation type="vanished">No se puede generar este informe</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation type="vanished">Informe PDF</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation type="vanished">Preparando {name}…</translation>
        </message>
        <message>
            <source>The report failed</source>
            <translation type="vanished">Error en el informe</translation>
        </message>
        <message>
            <source>The report could not be written ({detail}).</source>
            <translation type="vanished">No se pudo escribir el informe ({detail}).</translation>
        </message>
        <message>
            <source>Import events from Excel</source>
            <translation type="vanished">Importar eventos de Excel</translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="vanished">Importar</translation>
        </message>
        <message>
            <source>{created}, {changed}.</source>
            <translation type="vanished">{created}, {changed}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) created</source>
            <translation type="vanished">
                <numerusform>%n evento creado</numerusform>
                <numerusform>%n eventos creados</numerusform>
            </translation>
        </message>
        <message>
            <source>Export field package</source>
            <translation type="vanished">Exportar paquete de campo</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events}, {records}, {files}.</source>
            <translation type="vanished">Se escribió {path} para {destination}: {events}, {records}, {files}.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) in all</source>
            <translation type="vanished">
                <numerusform>%n registro en total</numerusform>
                <numerusform>%n registros en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation type="vanished">
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>It is protected with a passphrase: give it to the person importing the package by another way than the USB stick.</source>
            <translation type="vanished">Está protegido con una frase de contraseña: comuníquela a quien importe el paquete por otra vía que no sea la memoria USB.</translation>
        </message>
        <message>
            <source>Import field package</source>
            <translation type="vanished">Importar paquete de campo</translation>
        </message>
        <message>
            <source>Field packages (*.cictepkg);;All files (*)</source>
            <translation type="vanished">Paquetes de campo (*.cictepkg);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation type="vanished">Comprobando {name}…</translation>
        </message>
        <message>
            <source>Protected package</source>
            <translation type="vanished">Paquete protegido</translation>
        </message>
        <message>
            <source>Cannot import this package</source>
            <translation type="vanished">No se puede importar este paquete</translation>
        </message>
        <message>
            <source>Comparing {name} with this database…</source>
            <translation type="vanished">Comparando {name} con esta base de datos…</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation type="vanished">Importando {name}…</translation>
        </message>
        <message>
            <source>Imported from {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.</source>
            <translation type="vanished">Importado de {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation type="vanished">
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation type="vanished">
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation type="vanished">
                <numerusform>%n eliminado</numerusform>
                <numerusform>%n eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved</source>
            <translation type="vanished">
                <numerusform>%n conflicto resuelto</numerusform>
                <numerusform>%n conflictos resueltos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stored</source>
            <translation type="vanished">
                <numerusform>%n archivo guardado</numerusform>
                <numerusform>%n archivos guardados</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is now headquarters: laptops will be asked to confirm its fingerprint once.</source>
            <translation type="vanished">Este equipo es ahora la sede: las computadoras portátiles deberán confirmar su huella una vez.</translation>
        </message>
        <message>
            <source>This computer is now a laptop.</source>
            <translation type="vanished">Este equipo es ahora una computadora portátil.</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="vanished">Huella</translation>
        </message>
        <message>
            <source>{name} ({role}) signs its field packages with the key whose fingerprint is

{fingerprint}

The first time another computer imports a package from this one, it shows this fingerprint: compare it by phone or in person before confirming.</source>
            <translation type="vanished">{name} ({role}) firma sus paquetes de campo con la clave cuya huella es

{fingerprint}

La primera vez que otro equipo importa un paquete de este, muestra esta huella: compárela por teléfono o en persona antes de confirmar.</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation type="vanished">Nombre del equipo</translation>
        </message>
        <message>
            <source>This computer is now called “{name}”.</source>
            <translation type="vanished">Este equipo se llama ahora “{name}”.</translation>
        </message>
        <message numerus="yes">
            <source>%n units over the planned activities below</source>
            <translation type="vanished">
                <numerusform>%n unidad en las actividades previstas que abarca</numerusform>
                <numerusform>%n unidades en las actividades previstas que abarca</numerusform>
            </translation>
        </message>
        <message>
            <source>{symbol} · {areas} work areas, {programs} programs, {projects} projects, {activities} planned activities · {path}</source>
            <translation type="vanished">{symbol} · {areas} áreas de trabajo, {programs} programas, {projects} proyectos, {activities} actividades previstas · {path}</translation>
        </message>
        <message>
            <source>Wrote {path}: {events} events.</source>
            <translation type="vanished">Se escribió {path}: {events} eventos.</translation>
        </message>
        <message>
            <source>{created} events created, {changed} changed.</source>
            <translation type="vanished">{created} eventos creados, {changed} modificados.</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events} events, {records} records in all, {files} files.</source>
            <translation type="vanished">Se escribió {path} para {destination}: {events} eventos, {records} registros en total, {files} archivos.</translation>
        </message>
        <message>
            <source>Imported from {device}: {new} new, {updated} updated, {deleted} deleted; {conflicts} conflicts resolved, {files} files stored.</source>
            <translation type="vanished">Importado de {device}: {new} nuevos, {updated} actualizados, {deleted} eliminados; {conflicts} conflictos resueltos, {files} archivos guardados.</translation>
        </message>
        <message>
            <source>Saved {path}: {events} events, {people} participants.</source>
            <translation type="vanished">Se guardó {path}: {events} eventos, {people} participantes.</translation>
        </message>
        <message>
            <source>This backup was saved on {when} on {device}. It holds {events} events and {people} participants.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation type="vanished">Esta copia de seguridad se guardó el {when} en {device}. Contiene {events} eventos y {people} participantes.

¿Reemplazar con ella la base de datos en la que está trabajando? Antes se guarda una copia de seguridad de la base de datos actual.</translation>
        </message>
        <message>
            <source>Finds plan items and events whose words start with what you type (accents ignored; events from 3 letters on). Escape clears the search.</source>
            <translation type="vanished">Busca elementos del plan y eventos con palabras que empiecen por lo escrito (sin distinguir acentos; eventos a partir de 3 letras). Esc borra la búsqueda.</translation>
        </message>
        <message>
            <source>This Computer Is &amp;Headquarters</source>
            <translation type="vanished">Este equipo es la &amp;sede</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="174" />
            <source>{state}: %Ln participant(s)</source>
            <translation>
                <numerusform>{state}: %Ln participante</numerusform>
                <numerusform>{state}: %Ln participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="176" />
            <source>{state}: %Ln event(s)</source>
            <translation>
                <numerusform>{state}: %Ln evento</numerusform>
                <numerusform>{state}: %Ln eventos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberStateMap</name>
        <message>
            <location filename="../../cicte_desktop/services/member_state_map.py" line="143" />
            <source>Eastern Caribbean</source>
            <translation>Caribe Oriental</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="125" />
            <source>Move to…</source>
            <translation>Mover a…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="127" />
            <source>Move “{item}” under:</source>
            <translation>Mover «{item}» a:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="130" />
            <source>Now under: {parent}</source>
            <translation>Ahora en: {parent}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="136" />
            <source>Narrow the list</source>
            <translation>Acotar la lista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="137" />
            <source>Type a code or words of the title to narrow the list</source>
            <translation>Escriba un código o palabras del título para acotar la lista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="141" />
            <source>Move under</source>
            <translation>Mover bajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="149" />
            <source>It goes last under the item chosen, with the next number there. Retired items are not listed.</source>
            <translation>Queda al final del elemento elegido, con el número siguiente allí. Los elementos retirados no se muestran.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="154" />
            <source>&amp;Move</source>
            <translation>&amp;Mover</translation>
        </message>
    </context>
    <context>
        <name>MultiSelect</name>
        <message>
            <location filename="../../cicte_desktop/views/multi_select.py" line="114" />
            <source>None chosen</source>
            <translation>Sin selección</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="6" />
            <source>New Work Plan</source>
            <translation>Nuevo plan de trabajo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="18" />
            <source>The new plan starts as a copy of an earlier one: every work area, program, project and planned activity is carried over with its targets and its titles in every language, linked to the item it came from. You can change them afterwards.</source>
            <translation>El nuevo plan comienza como copia de uno anterior: cada área de trabajo, programa, proyecto y actividad prevista se traslada con sus metas y sus títulos en todos los idiomas, vinculada al elemento del que proviene. Puede cambiarlos después.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="30" />
            <source>&amp;Year of the new plan:</source>
            <translation>&amp;Año del nuevo plan:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="47" />
            <source>&amp;Start from:</source>
            <translation>&amp;Partir de:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="31" />
            <source>{year} Work Plan</source>
            <translation>Plan de Trabajo {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="34" />
            <source>This computer is not headquarters: the new plan stays on this computer, as other computers refuse work-plan changes from a laptop, and events logged under it reach them only once headquarters starts the same plan (from the same earlier plan). To give every laptop the new plan, start it at headquarters and send it in a field package.</source>
            <translation>Esta computadora no es la sede: el nuevo plan se queda en esta computadora, ya que las demás rechazan los cambios del plan de trabajo que vienen de una computadora portátil, y los eventos registrados en él solo les llegan cuando la sede inicia el mismo plan (a partir del mismo plan anterior). Para que todas las computadoras portátiles tengan el nuevo plan, créelo en la sede y envíelo en un paquete de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="38" />
            <source>This computer is headquarters: the new plan goes to the laptops in the next field packages.</source>
            <translation>Esta computadora es la sede: el nuevo plan llega a las computadoras portátiles en los próximos paquetes de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="43" />
            <source>Create Plan</source>
            <translation>Crear plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="55" />
            <source>There is already a work plan for {year}: choose another year.</source>
            <translation>Ya existe un plan de trabajo para {year}: elija otro año.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="58" />
            <source>There is no work plan to start from.</source>
            <translation>No hay ningún plan de trabajo del que partir.</translation>
        </message>
        <message>
            <source>This computer is not headquarters: the new plan stays on this computer, as other computers refuse work-plan changes from a laptop. To give every laptop the new plan, start it at headquarters and send it in a field package.</source>
            <translation type="vanished">Esta computadora no es la sede: el nuevo plan se queda en esta computadora, ya que las demás rechazan los cambios del plan de trabajo que vienen de una portátil. Para que todas las portátiles tengan el nuevo plan, créelo en la sede y envíelo en un paquete de campo.</translation>
        </message>
    </context>
    <context>
        <name>NoMatches</name>
        <message>
            <location filename="../../cicte_desktop/views/no_matches.py" line="39" />
            <source>Clear Search (Esc)</source>
            <translation>Borrar la búsqueda (Esc)</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="97" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Elegir en un calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="98" />
            <source>Choose from a calendar</source>
            <translation>Elegir en un calendario</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="109" />
            <source>Type the date as {order}, for example {example}, or as {iso}.</source>
            <translation>Escriba la fecha como {order}, por ejemplo {example}, o como {iso}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="112" />
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Abajo abre un calendario.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>month</source>
            <translation>mes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>year</source>
            <translation>año</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="135" />
            <source>Choose {field} from a calendar</source>
            <translation>Elegir {field} en un calendario</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="170" />
            <source>“{text}” is not a date: type it as {order}, for example {example} (or {iso}).</source>
            <translation>«{text}» no es una fecha: escríbala como {order}, por ejemplo {example} (o {iso}).</translation>
        </message>
    </context>
    <context>
        <name>PackageExportDialog</name>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="6" />
            <source>Export field package</source>
            <translation>Exportar paquete de campo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="15" />
            <source>One file with what was logged or changed on this computer ({device}) since the last package for the same destination: events, rosters, attached files, plan edits and deletions.</source>
            <translation>Un archivo con lo registrado o modificado en este equipo ({device}) desde el último paquete para el mismo destino: eventos, listas de participantes, archivos adjuntos, cambios en el plan y eliminaciones.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="24" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="34" />
            <source>A computer that has sent you a package, or a new name (for example Headquarters).</source>
            <translation>Un equipo que le haya enviado un paquete, o un nombre nuevo (por ejemplo, Sede).</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="50" />
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="60" />
            <source>For a new computer, or when a package was lost on the way.</source>
            <translation>Para un equipo nuevo, o si un paquete se perdió por el camino.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="63" />
            <source>Everything on this computer, not only the changes since the last package</source>
            <translation>Todo lo de este equipo, no solo los cambios desde el último paquete</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="70" />
            <source>Protection</source>
            <translation>Protección</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="80" />
            <source>Protect with a passphrase (recommended)</source>
            <translation>Proteger con una frase de contraseña (recomendado)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="90" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="103" />
            <source>At least {count} characters; several words are best</source>
            <translation>Al menos {count} caracteres; mejor varias palabras</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="110" />
            <source>Repeat it</source>
            <translation>Repítala</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="135" />
            <source>The package holds personal data: the names, e-mails and phones of participants, so that rosters can be merged. Without a passphrase, anyone who finds the USB stick can read them. Give the passphrase to the person importing the package in another way (by phone, not on the stick).</source>
            <translation>El paquete contiene datos personales: los nombres, correos electrónicos y teléfonos de los participantes, para poder combinar las listas de participantes. Sin frase de contraseña, cualquiera que encuentre la memoria USB puede leerlos. Comunique la frase de contraseña a quien importe el paquete por otra vía (por teléfono, no en la memoria USB).</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="144" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="159" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="55" />
            <source>Headquarters</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="64" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="92" />
            <source>Last package for it: {when}. This one holds what changed since.</source>
            <translation>Último paquete para este destino: {when}. Este contiene lo que cambió desde entonces.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="94" />
            <source>No package made for it yet: this one holds everything.</source>
            <translation>Aún no se ha creado ningún paquete para este destino: este lo contiene todo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="103" />
            <source>Say who the package is for.</source>
            <translation>Indique para quién es el paquete.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="109" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="111" />
            <source>Choose where to write the package.</source>
            <translation>Elija dónde escribir el paquete.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="126" />
            <source>Field packages (*.cictepkg)</source>
            <translation>Paquetes de campo (*.cictepkg)</translation>
        </message>
        <message>
            <source>The passphrase needs at least {count} characters.</source>
            <translation type="vanished">La frase de contraseña debe tener al menos {count} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="165" />
            <source>Import field package — {name}</source>
            <translation>Importar paquete de campo — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="166" />
            <source>From {device}, made {when}{protected}.</source>
            <translation>De {device}, creado el {when}{protected}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="168" />
            <source>, protected with a passphrase</source>
            <translation>, protegido con una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="170" />
            <source>New: {new} · Updated: {updated} · Deleted: {deleted} · Unchanged: {unchanged} · Conflicts: {conflicts}</source>
            <translation>Nuevos: {new} · Actualizados: {updated} · Eliminados: {deleted} · Sin cambios: {unchanged} · Conflictos: {conflicts}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="178" />
            <source>This package was imported before, on {when}; what it holds is here already.</source>
            <translation>Este paquete ya se importó el {when}; su contenido ya está aquí.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="181" />
            <source>%n record(s) are here already under another identity and are left as they are.</source>
            <translation>
                <numerusform>%n registro ya está aquí con otra identidad y se deja tal como está.</numerusform>
                <numerusform>%n registros ya están aquí con otra identidad y se dejan tal como están.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="184" />
            <source>%n change(s) in this package may not be made from {device} and will be left out (see Refused).</source>
            <translation>
                <numerusform>%n cambio de este paquete no puede hacerse desde {device} y se dejará fuera (vea Rechazados).</numerusform>
                <numerusform>%n cambios de este paquete no pueden hacerse desde {device} y se dejarán fuera (vea Rechazados).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="198" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="199" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="199" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="199" />
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="225" />
            <source>These records were changed both on this computer and on {device} since the two last exchanged packages. The newer version is kept unless you choose the other one; your choice then counts as a new change and reaches the other computers too. Every conflict is recorded (Tools &gt; Conflict History).</source>
            <translation>Estos registros se modificaron tanto en este equipo como en {device} desde el último intercambio de paquetes entre ambos. Se conserva la versión más reciente, salvo que elija la otra; en ese caso, su elección cuenta como un cambio nuevo y llega también a los demás equipos. Todos los conflictos quedan registrados (Herramientas &gt; Historial de conflictos).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="235" />
            <source>No conflicts: nothing in this package was also changed on this computer.</source>
            <translation>No hay conflictos: nada de este paquete se modificó también en este equipo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="236" />
            <source>Conflicts ({count})</source>
            <translation>Conflictos ({count})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>Updated</source>
            <translation>Actualizado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="241" />
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="245" />
            <source>Summary of the changes</source>
            <translation>Resumen de los cambios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="246" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="265" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="270" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="271" />
            <source>What happens</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="295" />
            <source>Nothing is written until you press Import, and then everything at once.</source>
            <translation>No se escribe nada hasta que pulse Importar, y entonces se escribe todo a la vez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="298" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="312" />
            <source>About this package</source>
            <translation>Acerca de este paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="332" />
            <source>Only headquarters may change the work plan, the member states, partners and mandates, and lock or unlock reporting periods; events in a locked period are changed only at headquarters. These changes from {device} are left out; everything else in the package is imported.</source>
            <translation>Solo la sede puede cambiar el plan de trabajo, los Estados Miembros, los socios y los mandatos, y bloquear o desbloquear períodos de informe; los eventos de un período bloqueado solo se cambian en la sede. Estos cambios de {device} se dejan fuera; todo lo demás del paquete se importa.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="340" />
            <source>Left out</source>
            <translation>Excluido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="341" />
            <source>Why it is left out</source>
            <translation>Por qué se deja fuera</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="346" />
            <source>Only headquarters may change it</source>
            <translation>Solo la sede puede cambiarlo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="347" />
            <source>Its reporting period is locked</source>
            <translation>Su período de informe está bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="358" />
            <source>Refused ({count})</source>
            <translation>Rechazados ({count})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="373" />
            <source>Confirm who sent this package</source>
            <translation>Confirme quién envió este paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="378" />
            <source>headquarters of this database</source>
            <translation>sede de esta base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="379" />
            <source>a laptop</source>
            <translation>una computadora portátil</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="380" />
            <source>Sender: {name} ({role})</source>
            <translation>Remitente: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="388" />
            <source>I compared this fingerprint with {name}: it is the same. Trust {name}.</source>
            <translation>Comparé esta huella con {name}: es la misma. Confiar en {name}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="410" />
            <source>This computer's</source>
            <translation>La de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="410" />
            <source>The package's</source>
            <translation>La del paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="424" />
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="424" />
            <source>The package</source>
            <translation>El paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="426" />
            <source>{where}
(not on this computer)</source>
            <translation>{where}
(no está en este equipo)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="427" />
            <source>another computer</source>
            <translation>otro equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="428" />
            <source>{where}
{device}
{when}</source>
            <translation>{where}
{device}
{when}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="434" />
            <source>Keep this computer's version</source>
            <translation>Conservar la versión de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="435" />
            <source>Take the package's version</source>
            <translation>Tomar la versión del paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="437" />
            <source>This event is in a reporting period that has been reported and locked: the version reported is kept unless you take the package's version here.</source>
            <translation>Este evento está en un período de informe ya informado y bloqueado: se conserva la versión informada salvo que aquí tome la versión del paquete.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="441" />
            <source>The newer version is {side} (changed {when}).</source>
            <translation>La versión más reciente es {side} (modificada el {when}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="442" />
            <source>this computer's</source>
            <translation>la de este equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="442" />
            <source>the package's</source>
            <translation>la del paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="456" />
            <source>(your choice)</source>
            <translation>(su elección)</translation>
        </message>
        <message>
            <source>{where}
{device}, {when}</source>
            <translation type="vanished">{where}
{device}, {when}</translation>
        </message>
    </context>
    <context>
        <name>PackagesController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="58" />
            <source>Export field package</source>
            <translation>Exportar paquete de campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="62" />
            <source>The export failed</source>
            <translation>Error en la exportación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="62" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>No se pudo escribir {path} ({detail}). No quedó ningún archivo parcial.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="73" />
            <source>Wrote {path} for {destination}: {events}, {records}, {files}.</source>
            <translation>Se escribió {path} para {destination}: {events}, {records}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="75" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="76" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n registro en total</numerusform>
                <numerusform>%n registros en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="77" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="79" />
            <source>It is protected with a passphrase: give it to the person importing the package by another way than the USB stick.</source>
            <translation>Está protegido con una frase de contraseña: comuníquela a quien importe el paquete por otra vía que no sea la memoria USB.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="92" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="94" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="99" />
            <source>Import field package</source>
            <translation>Importar paquete de campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="100" />
            <source>Field packages (*.cictepkg);;All files (*)</source>
            <translation>Paquetes de campo (*.cictepkg);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="125" />
            <source>Protected package</source>
            <translation>Paquete protegido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="129" />
            <source>Cannot import this package</source>
            <translation>No se puede importar este paquete</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="135" />
            <source>Checking {name} and comparing it with this database…</source>
            <translation>Comprobando {name} y comparándolo con esta base de datos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="159" />
            <source>Imported from {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.</source>
            <translation>Importado de {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="161" />
            <source>%n new</source>
            <translation>
                <numerusform>%n nuevo</numerusform>
                <numerusform>%n nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="162" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="163" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n eliminado</numerusform>
                <numerusform>%n eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="164" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflicto resuelto</numerusform>
                <numerusform>%n conflictos resueltos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="165" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n archivo guardado</numerusform>
                <numerusform>%n archivos guardados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="170" />
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="176" />
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="200" />
            <source>This computer is now headquarters: laptops will be asked to confirm its fingerprint once.</source>
            <translation>Este equipo es ahora la sede: las computadoras portátiles deberán confirmar su huella una vez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="201" />
            <source>This computer is now a laptop.</source>
            <translation>Este equipo es ahora una computadora portátil.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="216" />
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="218" />
            <source>{name} ({role}) signs its field packages with the key whose fingerprint is

{fingerprint}

The first time another computer imports a package from this one, it shows this fingerprint: compare it by phone or in person before confirming.</source>
            <translation>{name} ({role}) firma sus paquetes de campo con la clave cuya huella es

{fingerprint}

La primera vez que otro equipo importa un paquete de este, muestra esta huella: compárela por teléfono o en persona antes de confirmar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="251" />
            <source>Device name</source>
            <translation>Nombre del equipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="253" />
            <source>This computer is now called “{name}”.</source>
            <translation>Este equipo se llama ahora “{name}”.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantCounts</name>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="200" />
            <source>The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women {typed_women}, men {typed_men}, not recorded {typed_unknown}.</source>
            <translation>La lista tiene mujeres {women}, hombres {men}, sin registrar {unknown}; los totales de arriba dicen mujeres {typed_women}, hombres {typed_men}, sin registrar {typed_unknown}.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="43" />
            <source>Preview: {name}</source>
            <translation>Vista previa: {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="64" />
            <source>Open in PDF Viewer</source>
            <translation>Abrir en el visor de PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="65" />
            <source>Open Its Folder</source>
            <translation>Abrir su carpeta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="71" />
            <source>Save As…</source>
            <translation>Guardar como…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="81" />
            <source>Opening the report (%n page(s)) in your PDF viewer…</source>
            <translation>
                <numerusform>Abriendo el informe (%n página) en su visor de PDF…</numerusform>
                <numerusform>Abriendo el informe (%n páginas) en su visor de PDF…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="85" />
            <source>%n page(s). Save it where you want to keep it.</source>
            <translation>
                <numerusform>%n página. Guárdelo donde quiera conservarlo.</numerusform>
                <numerusform>%n páginas. Guárdelo donde quiera conservarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="112" />
            <source>The report (%n page(s)) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation>
                <numerusform>El informe (%n página) está abierto en su visor de PDF. Revíselo y luego guárdelo aquí donde quiera conservarlo.</numerusform>
                <numerusform>El informe (%n páginas) está abierto en su visor de PDF. Revíselo y luego guárdelo aquí donde quiera conservarlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="116" />
            <source>No PDF viewer could be opened on this computer. The report (%n page(s)) was written to:
{path}

Open its folder to look at it with another program, then save it here where you want to keep it (this copy is removed when you close this window).</source>
            <translation>
                <numerusform>No se pudo abrir ningún visor de PDF en esta computadora. El informe (%n página) se escribió en:
{path}

Abra su carpeta para verlo con otro programa y luego guárdelo aquí donde quiera conservarlo (esta copia se elimina al cerrar esta ventana).</numerusform>
                <numerusform>No se pudo abrir ningún visor de PDF en esta computadora. El informe (%n páginas) se escribió en:
{path}

Abra su carpeta para verlo con otro programa y luego guárdelo aquí donde quiera conservarlo (esta copia se elimina al cerrar esta ventana).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="128" />
            <source>No PDF viewer could be opened, and its folder could not be opened either. The report is here:
{path}

Copy this path, or save the report where you want to keep it.</source>
            <translation>No se pudo abrir ningún visor de PDF, y tampoco su carpeta. El informe está aquí:
{path}

Copie esta ruta o guarde el informe donde quiera conservarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="135" />
            <source>Save PDF report</source>
            <translation>Guardar informe PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="137" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="147" />
            <source>The report could not be saved</source>
            <translation>No se pudo guardar el informe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="147" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>No se pudo escribir {path} ({detail}). No quedó ningún archivo parcial.</translation>
        </message>
        <message>
            <source>The report ({pages} pages) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation type="vanished">El informe ({pages} páginas) está abierto en su visor de PDF. Revíselo y luego guárdelo aquí donde quiera conservarlo.</translation>
        </message>
        <message>
            <source>{pages} pages. Save it where you want to keep it.</source>
            <translation type="vanished">{pages} páginas. Guárdelo donde quiera conservarlo.</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this computer. Save the report and open it from its folder.</source>
            <translation type="vanished">No se pudo abrir ningún visor de PDF en este equipo. Guarde el informe y ábralo desde su carpeta.</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="32" />
            <source>Semi-annual implementation report</source>
            <translation>Informe semestral de ejecución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="32" />
            <source>Member-state report</source>
            <translation>Informe por Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="33" />
            <source>Certificates of participation</source>
            <translation>Certificados de participación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="65" />
            <source>Unknown report “{kind}”.</source>
            <translation>Informe desconocido: “{kind}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="46" />
            <source>Implementation of mandates</source>
            <translation>Aplicación de los mandatos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="47" />
            <source>Each mandate quoted in Section 1 of the {plan}, the work areas it applies to and what was done under them between {start} and {end}: completed events, their participants and the member states they reached.</source>
            <translation>Cada mandato citado en la Sección 1 del {plan}, las áreas de trabajo a las que se aplica y lo realizado en ellas entre el {start} y el {end}: eventos concluidos, sus participantes y los Estados Miembros alcanzados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="53" />
            <source>This work plan records no mandates.</source>
            <translation>Este plan de trabajo no registra mandatos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Work area</source>
            <translation>Área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Events completed</source>
            <translation>Eventos realizados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Member states reached</source>
            <translation>Estados Miembros alcanzados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="69" />
            <source>Paragraphs quoted: {numbers}</source>
            <translation>Párrafos citados: {numbers}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="72" />
            <source>Not linked to any work area of this plan.</source>
            <translation>No está vinculado a ninguna área de trabajo de este plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="85" />
            <source>All its work areas</source>
            <translation>Todas sus áreas de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="90" />
            <source>Nothing was done under this mandate in this period: no event was completed in its work areas.</source>
            <translation>No se realizó nada en virtud de este mandato en este período: ningún evento se concluyó en sus áreas de trabajo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="119" />
            <source>Member state</source>
            <translation>Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="119" />
            <source>Area {number}</source>
            <translation>Área {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="120" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="145" />
            <source>Area {number}: {title}</source>
            <translation>Área {number}: {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="146" />
            <source>Annex: participation of member states by work area</source>
            <translation>Anexo: participación de los Estados Miembros por área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="147" />
            <source>Completed events of the period in each member state and work area, with their participants in brackets. An event that served several member states counts for each.</source>
            <translation>Eventos realizados en el período en cada Estado Miembro y área de trabajo, con sus participantes entre paréntesis. Un evento que benefició a varios Estados Miembros cuenta para cada uno de ellos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="149" />
            <source>The period covers the work plans of {years}: each event is counted under the work area of the plan of its year.</source>
            <translation>El período abarca los planes de trabajo de {years}: cada evento se cuenta en el área de trabajo del plan de su año.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="48" />
            <source>held online</source>
            <translation>que se realizó en modalidad virtual</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="49" />
            <source>held at {place}</source>
            <translation>que tuvo lugar en {place}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="53" />
            <source>held online on {date}</source>
            <translation>que se realizó en modalidad virtual el {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="55" />
            <source>held at {place} on {date}</source>
            <translation>que tuvo lugar en {place} el {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="56" />
            <source>held on {date}</source>
            <translation>que tuvo lugar el {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="59" />
            <source>held online from {start} to {end}</source>
            <translation>que se realizó en modalidad virtual del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="61" />
            <source>held at {place} from {start} to {end}</source>
            <translation>que tuvo lugar en {place} del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="62" />
            <source>held from {start} to {end}</source>
            <translation>que tuvo lugar del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="68" />
            <source>Choose the event whose participants get certificates.</source>
            <translation>Elija el evento cuyos participantes recibirán certificados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="72" />
            <source>There is no event with the ID “{id}”.</source>
            <translation>No existe ningún evento con el ID “{id}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="75" />
            <source>“{title}” has no participants on its roster: add them to the event first (or import its attendance sheet).</source>
            <translation>“{title}” no tiene participantes en su lista: agréguelos primero al evento (o importe su lista de asistencia).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="85" />
            <source>Certificates of participation: {title}</source>
            <translation>Certificados de participación: {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="86" />
            <source>Secretariat of the Inter-American Committee against Terrorism (CICTE)</source>
            <translation>Secretaría del Comité Interamericano contra el Terrorismo (CICTE)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="128" />
            <source>Organization of American States</source>
            <translation>Organización de los Estados Americanos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="129" />
            <source>Inter-American Committee against Terrorism (CICTE)</source>
            <translation>Comité Interamericano contra el Terrorismo (CICTE)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="130" />
            <source>Secretariat</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="131" />
            <source>Certificate of Participation</source>
            <translation>Certificado de participación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="132" />
            <source>This certifies that</source>
            <translation>Se certifica que</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="138" />
            <source>took part in the {kind}</source>
            <translation>participó en la actividad ({kind})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="139" />
            <source>took part in</source>
            <translation>participó en</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="148" />
            <source>Secretary of the Inter-American Committee against Terrorism</source>
            <translation>Secretario del Comité Interamericano contra el Terrorismo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="149" />
            <source>Date of issue: {date}</source>
            <translation>Fecha de emisión: {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_drawing.py" line="137" />
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="50" />
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="52" />
            <source>No completed events in this period.</source>
            <translation>No hay eventos realizados en este período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="65" />
            <source>Progress in the period: counted toward target over target. The dashed line is the expected by now.</source>
            <translation>Avance en el período: computado para la meta sobre la meta. La línea discontinua es lo esperado a la fecha.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="94" />
            <source>Completed events by type</source>
            <translation>Eventos realizados por tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/layout.py" line="405" />
            <source>Organization of American States · CICTE Secretariat</source>
            <translation>Organización de los Estados Americanos · Secretaría del CICTE</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/layout.py" line="415" />
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/map_drawing.py" line="55" />
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="70" />
            <source>there is no work plan for {missing} (work plans: {years}), which the period {start} to {end} covers: a report measures each year against its own plan, so choose a period without {missing} or start its work plan first</source>
            <translation>no hay plan de trabajo para {missing} (planes de trabajo: {years}), que el período del {start} al {end} abarca: un informe mide cada año con su propio plan, así que elija un período sin {missing} o inicie primero su plan de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="80" />
            <source>Member-State Report</source>
            <translation>Informe por Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="83" />
            <source>Implementation Report</source>
            <translation>Informe de ejecución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="86" />
            <source>Annual Implementation Report</source>
            <translation>Informe anual de ejecución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="87" />
            <source>Semi-annual Implementation Report</source>
            <translation>Informe semestral de ejecución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="94" />
            <source>All dates</source>
            <translation>Todas las fechas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="97" />
            <source>January–June {year}</source>
            <translation>Enero–junio de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="103" />
            <source>July–December {year}</source>
            <translation>Julio–diciembre de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="104" />
            <source>{start} to {end}</source>
            <translation>Del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="140" />
            <source>Choose the member state the report is for.</source>
            <translation>Elija el Estado Miembro al que corresponde el informe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="142" />
            <source>There is no member state with the code “{code}” (use ISO codes such as JAM or TTO).</source>
            <translation>No existe ningún Estado Miembro con el código “{code}” (use códigos ISO como JAM o TTO).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="146" />
            <source>The semi-annual report covers every member state; choose the member-state report for one.</source>
            <translation>El informe semestral abarca todos los Estados Miembros; para uno solo, elija el informe por Estado Miembro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Member states</source>
            <translation>Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Venue</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Men</source>
            <translation>Hombres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="114" />
            <source>Inter-American Committee against Terrorism</source>
            <translation>Comité Interamericano contra el Terrorismo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="121" />
            <source>Capacity building delivered to {state}</source>
            <translation>Desarrollo de capacidades en beneficio de {state}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="127" />
            <source>Work plans: {plans}</source>
            <translation>Planes de trabajo: {plans}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="132" />
            <source>Events completed: {count}</source>
            <translation>Eventos realizados: {count}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="134" />
            <source>Member states: {count}</source>
            <translation>Estados Miembros: {count}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="138" />
            <source>Period: {period}</source>
            <translation>Período: {period}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="145" />
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="155" />
            <source>Executive summary</source>
            <translation>Resumen ejecutivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="157" />
            <source>Events completed for {state} between {start} and {end} under the {plan}, by work area. An event that served several member states counts for each, with all its participants.</source>
            <translation>Eventos realizados en beneficio de {state} entre el {start} y el {end} en el marco del {plan}, por área de trabajo. Un evento que benefició a varios Estados Miembros cuenta para cada uno de ellos, con todos sus participantes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="164" />
            <source>Programs reached</source>
            <translation>Programas alcanzados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="167" />
            <source>Capacity-building events completed between {start} and {end} against the {plan} ({symbol}), by work area.</source>
            <translation>Eventos de desarrollo de capacidades realizados entre el {start} y el {end} con respecto al {plan} ({symbol}), por área de trabajo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="186" />
            <source>Achieved: units of the events completed in the period. Counted toward target: the same, each activity at most up to its own target, so that a surplus in one does not hide a shortfall in another. Progress: counted over target. Expected by now: the share of {year} within the period that has gone by. Events: completed events of the period.</source>
            <translation>Logrado: unidades de los eventos completados en el período. Computado para la meta: lo mismo, cada actividad como máximo hasta su propia meta, para que el excedente de una no oculte el déficit de otra. Avance: computado sobre meta. Esperado a la fecha: la parte de {year} dentro del período que ya ha transcurrido. Eventos: eventos completados en el período.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="194" />
            <source>%n item of the plan was amended after its approval: it is marked {mark}, with the date and reason of each amendment under it.</source>
            <translation>
                <numerusform>%n elemento del plan fue modificado tras su aprobación: está marcado con {mark}, con la fecha y el motivo de cada modificación debajo.</numerusform>
                <numerusform>%n elementos del plan fueron modificados tras su aprobación: están marcados con {mark}, con la fecha y el motivo de cada modificación debajo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="200" />
            <source>%n completed event of this period was logged under another year's work plan: it is not counted here (the Excel workbook lists it in its Events sheet).</source>
            <translation>
                <numerusform>%n evento realizado de este período se registró en el plan de trabajo de otro año: no se cuenta aquí (el libro de Excel lo incluye en su hoja Eventos).</numerusform>
                <numerusform>%n eventos realizados de este período se registraron en el plan de trabajo de otro año: no se cuentan aquí (el libro de Excel los incluye en su hoja Eventos).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="246" />
            <source>Project {number}. {title}</source>
            <translation>Proyecto {number}. {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln mujer</numerusform>
                <numerusform>%Ln mujeres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln hombre</numerusform>
                <numerusform>%Ln hombres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="279" />
            <source>Participants: {participants} ({women}, {men}, {unknown} not recorded)</source>
            <translation>Participantes: {participants} ({women}, {men}, {unknown} sin registrar)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="282" />
            <source>Participants: {participants} ({women}, {men})</source>
            <translation>Participantes: {participants} ({women}, {men})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="307" />
            <source>Upon request</source>
            <translation>A solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="312" />
            <source>{label}: ▲ {value}</source>
            <translation>{label}: ▲ {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="339" />
            <source>Online</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>no numeric target</source>
            <translation type="vanished">sin meta numérica</translation>
        </message>
        <message>
            <source>Progress against targets by work area</source>
            <translation type="vanished">Avance respecto de las metas por área de trabajo</translation>
        </message>
        <message>
            <source>Progress of each work area in the period: counted toward target over target. The dashed line is the expected by now.</source>
            <translation type="vanished">Avance de cada área de trabajo en el período: computado para la meta sobre la meta. La línea discontinua es lo esperado a la fecha.</translation>
        </message>
        <message>
            <source>Completed events by work area</source>
            <translation type="vanished">Eventos realizados por área de trabajo</translation>
        </message>
        <message>
            <source>Participants by sex and work area</source>
            <translation type="vanished">Participantes por sexo y área de trabajo</translation>
        </message>
        <message>
            <source>Completed events by member state</source>
            <translation type="vanished">Eventos realizados por Estado Miembro</translation>
        </message>
        <message>
            <source>the period {start} to {end} covers the work plans of {years}: a report is about one plan year, so make one report per year (the Excel workbook groups a longer period by plan year)</source>
            <translation type="vanished">el período del {start} al {end} abarca los planes de trabajo de {years}: un informe trata de un solo año del plan, así que elabore un informe por año (el libro de Excel agrupa un período más largo por año del plan)</translation>
        </message>
        <message>
            <source>expected by the end of the period: {percent}</source>
            <translation type="vanished">previsto al final del período: {percent}</translation>
        </message>
        <message>
            <source>No numeric target</source>
            <translation type="vanished">Sin meta numérica</translation>
        </message>
        <message>
            <source>Target {target} · achieved {achieved} ({percent})</source>
            <translation type="vanished">Meta: {target} · logrado: {achieved} ({percent})</translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="vanished">Eventos</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Meta</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Logrado</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation type="vanished">% de la meta</translation>
        </message>
        <message>
            <source>Target and achieved: units of the planned activities' numeric targets, counting completed events from 1 January {year} to the end of the period, each activity at most up to its own target. Events, participants and member states: completed events of the period.</source>
            <translation type="vanished">Meta y logrado: unidades de las metas numéricas de las actividades previstas, contando los eventos realizados desde el 1 de enero de {year} hasta el final del período, cada actividad como máximo hasta su propia meta. Eventos, participantes y Estados Miembros: eventos realizados en el período.</translation>
        </message>
        <message>
            <source>Share of each work area's numeric targets met from 1 January to the end of the period. The dashed line is the share of the year elapsed by then.</source>
            <translation type="vanished">Proporción de las metas numéricas de cada área de trabajo cumplidas desde el 1 de enero hasta el final del período. La línea discontinua indica la proporción del año transcurrida hasta esa fecha.</translation>
        </message>
        <message>
            <source>Target: {target} · achieved {achieved}{percent}</source>
            <translation type="vanished">Meta: {target} · logrado: {achieved}{percent}</translation>
        </message>
        <message>
            <source>▲ Behind target</source>
            <translation type="vanished">▲ Por debajo de la meta</translation>
        </message>
        <message>
            <source>Participants: {participants} ({women} women, {men} men)</source>
            <translation type="vanished">Participantes: {participants} ({women} mujeres, {men} hombres)</translation>
        </message>
    </context>
    <context>
        <name>PdfReportDialog</name>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="6" />
            <source>Export PDF report</source>
            <translation>Exportar informe PDF</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="12" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="25" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="38" />
            <source>Member state</source>
            <translation>Estado Miembro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="51" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="71" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="81" />
            <source>The report's headings, labels, dates and the work plan's titles are written in this language.</source>
            <translation>Los encabezados, las etiquetas y las fechas del informe y los títulos del Plan de Trabajo se escriben en este idioma.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="52" />
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="82" />
            <source>No event in this period has participants on its roster. Add them in the event's form (or import its attendance sheet), or choose another period.</source>
            <translation>Ningún evento de este período tiene participantes en su lista. Agréguelos en el formulario del evento (o importe su lista de asistencia), o elija otro período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="85" />
            <source>One landscape page per participant, to print and sign.</source>
            <translation>Una página horizontal por participante, para imprimir y firmar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="87" />
            <source>Everything completed for one member state in the period. No participant's name is printed.</source>
            <translation>Todo lo realizado para un Estado Miembro en el período. No se imprime ningún nombre de participante.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="90" />
            <source>Cover, contents, summary by work area, charts, the completed events of each program and a member-state annex. No participant's name is printed.</source>
            <translation>Portada, índice, resumen por área de trabajo, gráficos, los eventos realizados de cada programa y un anexo por Estado Miembro. No se imprime ningún nombre de participante.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="94" />
            <source>A period over the plans of several years gives a part for each plan year, measured against its own plan.</source>
            <translation>Un período que abarca los planes de varios años da una parte por cada año de plan, medida con su propio plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="111" />
            <source>{date} · {title} ({participants})</source>
            <translation>{date} · {title} ({participants})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="112" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>A report is about one work plan year: for a period over the plans of several years, make one report per year (the Excel workbook groups a longer period by plan year).</source>
            <translation type="vanished">Un informe trata de un solo año del plan de trabajo: para un período que abarca los planes de varios años, elabore un informe por año (el libro de Excel agrupa un período más largo por año del plan).</translation>
        </message>
        <message>
            <source>{date} · {title} ({count} participants)</source>
            <translation type="vanished">{date} · {title} ({count} participantes)</translation>
        </message>
    </context>
    <context>
        <name>PeriodLocksDialog</name>
        <message>
            <location filename="../../ui/forms/period_locks.ui" line="6" />
            <source>Reporting periods</source>
            <translation>Períodos de informe</translation>
        </message>
        <message>
            <location filename="../../ui/forms/period_locks.ui" line="12" />
            <source>A period marked as reported is locked: its events cannot be changed until a program manager unlocks it. Both need a reason, which is kept with the period's history.</source>
            <translation>Un período marcado como informado queda bloqueado: sus eventos no se pueden modificar hasta que un gerente de programa lo desbloquee. Ambas acciones requieren un motivo, que se conserva en el historial del período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="43" />
            <source>Reported, locked</source>
            <translation>Informado, bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="43" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="44" />
            <source>Unlock…</source>
            <translation>Desbloquear…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="44" />
            <source>Mark as reported…</source>
            <translation>Marcar como informado…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="54" />
            <source>Mark as reported</source>
            <translation>Marcar como informado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="54" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="55" />
            <source>Why is {period} marked as reported?</source>
            <translation>¿Por qué se marca {period} como informado?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="56" />
            <source>Why is {period} opened again?</source>
            <translation>¿Por qué se vuelve a abrir {period}?</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="25" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="26" />
            <source>A whole year</source>
            <translation>Un año completo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="26" />
            <source>January-June</source>
            <translation>Enero-junio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="27" />
            <source>July-December</source>
            <translation>Julio-diciembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="27" />
            <source>Dates of my choice</source>
            <translation>Otras fechas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="31" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="39" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="40" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="41" />
            <source>to</source>
            <translation>a</translation>
        </message>
    </context>
    <context>
        <name>PlanEdit</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="60" />
            <source>Say why the plan changes: a reason is required for every change.</source>
            <translation>Indique por qué cambia el plan: cada cambio requiere un motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="67" />
            <source>A plan item needs a title.</source>
            <translation>Un elemento del plan necesita un título.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="69" />
            <source>A title has at most {count} characters.</source>
            <translation>Un título tiene como máximo {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="95" />
            <source>This plan item is no longer in the plan; reopen the plan editor.</source>
            <translation>Este elemento ya no está en el plan; vuelva a abrir el editor del plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="144" />
            <source>An activity has no items under it; add to its project instead.</source>
            <translation>Una actividad no tiene elementos debajo; agregue a su proyecto.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="172" />
            <source>Activities are not numbered: they follow their project's order.</source>
            <translation>Las actividades no se numeran: siguen el orden de su proyecto.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="175" />
            <source>A work area needs its number and a program its letter.</source>
            <translation>Un área de trabajo necesita su número y un programa su letra.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="177" />
            <source>A number or letter has at most {count} characters.</source>
            <translation>Un número o letra tiene como máximo {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="188" />
            <source>An item moves only under an item of the same level of the same plan.</source>
            <translation>Un elemento solo se mueve bajo un elemento del mismo nivel del mismo plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="190" />
            <source>Nothing moves under a retired item: it is no longer in the plan.</source>
            <translation>Nada se mueve a un elemento retirado: ya no está en el plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="222" />
            <source>This item is already retired.</source>
            <translation>Este elemento ya está retirado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="267" />
            <source>Only activities have targets.</source>
            <translation>Solo las actividades tienen metas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="382" />
            <source>A target is a number from 0 to 1,000,000.</source>
            <translation>Una meta es un número de 0 a 1.000.000.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="385" />
            <source>A unit has at most {count} characters.</source>
            <translation>Una unidad tiene como máximo {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="397" />
            <source>A half-year target is a number from 0 to 1,000,000.</source>
            <translation>La meta de un semestre es un número de 0 a 1.000.000.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="400" />
            <source>A half-year target is part of the activity's target: give the target as a number first.</source>
            <translation>La meta de un semestre es parte de la meta de la actividad: indique primero la meta como número.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="402" />
            <source>A half-year target cannot be more than the whole target ({target}).</source>
            <translation>La meta de un semestre no puede ser mayor que la meta total ({target}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="404" />
            <source>The targets of the two halves add up to {sum}, not to the target of {target}: change one of them, or leave one empty (it is then the rest of the target).</source>
            <translation>Las metas de los dos semestres suman {sum}, no la meta de {target}: cambie una de ellas o deje una vacía (será entonces el resto de la meta).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="428" />
            <source>Titles are translated into Spanish, French and Portuguese.</source>
            <translation>Los títulos se traducen al español, francés y portugués.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="451" />
            <source>There is no work plan for {year}.</source>
            <translation>No hay plan de trabajo para {year}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="453" />
            <source>The {year} work plan was approved on {date}; later changes are amendments.</source>
            <translation>El plan de trabajo {year} fue aprobado el {date}; los cambios posteriores son enmiendas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_reading.py" line="219" />
            <source>Amended on {date}, after the plan's approval on {approved}: {reason}</source>
            <translation>Modificado el {date}, tras la aprobación del plan el {approved}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="31" />
            <source>Edit the {year} Work Plan</source>
            <translation>Editar el plan de trabajo {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="37" />
            <source>Work plan</source>
            <translation>Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="39" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="39" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="47" />
            <source>&amp;Add…</source>
            <translation>&amp;Agregar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="47" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renombrar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="48" />
            <source>Move &amp;Up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="48" />
            <source>Move &amp;Down</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="49" />
            <source>Mo&amp;ve to…</source>
            <translation>Mo&amp;ver a…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="50" />
            <source>Re&amp;tire…</source>
            <translation>Re&amp;tirar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="50" />
            <source>Tar&amp;get…</source>
            <translation>&amp;Meta…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="51" />
            <source>T&amp;itles…</source>
            <translation>T&amp;ítulos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="51" />
            <source>A&amp;pprove…</source>
            <translation>A&amp;probar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="67" />
            <source>History of the plan</source>
            <translation>Historial del plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Before → after</source>
            <translation>Antes → después</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="70" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="70" />
            <source>Amendment</source>
            <translation>Enmienda</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="75" />
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="76" />
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="89" />
            <source>added</source>
            <translation>agregado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="89" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>order</source>
            <translation>orden</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>retired</source>
            <translation>retirado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="91" />
            <source>target</source>
            <translation>meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="91" />
            <source>unit</source>
            <translation>unidad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="92" />
            <source>upon request</source>
            <translation>a solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="92" />
            <source>approved on</source>
            <translation>aprobado el</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="93" />
            <source>title (Spanish)</source>
            <translation>título (español)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="93" />
            <source>title (French)</source>
            <translation>título (francés)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="94" />
            <source>title (Portuguese)</source>
            <translation>título (portugués)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="94" />
            <source>work area</source>
            <translation>área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="95" />
            <source>program</source>
            <translation>programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="95" />
            <source>project</source>
            <translation>proyecto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="96" />
            <source>target by 30 June</source>
            <translation>meta al 30 de junio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="97" />
            <source>target July–December</source>
            <translation>meta julio–diciembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="98" />
            <source>letter</source>
            <translation>letra</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="98" />
            <source>number</source>
            <translation>número</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="103" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="103" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="117" />
            <source>{target} (H1 {first} · H2 {second})</source>
            <translation>{target} (S1 {first} · S2 {second})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="124" />
            <source>{title} — approved on {date}: every change is an amendment, with its reason.</source>
            <translation>{title} — aprobado el {date}: cada cambio es una enmienda, con su motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="127" />
            <source>{title} — draft, not approved yet. Every change asks for a reason and goes to the History tab.</source>
            <translation>{title} — borrador, aún no aprobado. Cada cambio pide un motivo y va a la pestaña Historial.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="142" />
            <source>{title} (retired)</source>
            <translation>{title} (retirado)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="164" />
            <source>amendment</source>
            <translation>enmienda</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="195" />
            <source>Why? (required) {what}</source>
            <translation>¿Por qué? (obligatorio) {what}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="197" />
            <source>The plan is approved: this change is recorded as an amendment.</source>
            <translation>El plan está aprobado: este cambio se registra como enmienda.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="199" />
            <source>Reason for the change</source>
            <translation>Motivo del cambio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="204" />
            <source>A reason is required</source>
            <translation>Se requiere un motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="205" />
            <source>Say why the plan changes: every change is kept in the plan's history with its reason.</source>
            <translation>Indique por qué cambia el plan: cada cambio se guarda en el historial del plan con su motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="212" />
            <source>The plan was not changed</source>
            <translation>El plan no se modificó</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="221" />
            <source>Add to the Plan</source>
            <translation>Agregar al plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="221" />
            <source>Title of the new item:</source>
            <translation>Título del nuevo elemento:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="224" />
            <source>Adding “{title}”.</source>
            <translation>Se agrega «{title}».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="232" />
            <source>Rename</source>
            <translation>Renombrar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="232" />
            <source>New title (English):</source>
            <translation>Nuevo título (inglés):</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="235" />
            <source>Renaming to “{title}”.</source>
            <translation>Se renombra como «{title}».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="243" />
            <source>Moving up.</source>
            <translation>Se sube.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="243" />
            <source>Moving down.</source>
            <translation>Se baja.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="255" />
            <source>Nowhere to move it</source>
            <translation>No hay adónde moverlo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="255" />
            <source>The plan has no other item this one can go under (retired items take nothing).</source>
            <translation>El plan no tiene otro elemento bajo el cual pueda ir este (los elementos retirados no admiten nada).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="265" />
            <source>Moving it under “{parent}”.</source>
            <translation>Moviéndolo a «{parent}».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="273" />
            <source>Retiring it from the plan (kept, marked retired, if events point at it).</source>
            <translation>Se retira del plan (se conserva, marcado como retirado, si hay eventos que lo usan).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="296" />
            <source>Changing the target.</source>
            <translation>Se cambia la meta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="311" />
            <source>Changing the translated titles.</source>
            <translation>Se cambian los títulos traducidos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="321" />
            <source>Approving the plan today ({date}); later changes are amendments.</source>
            <translation>Se aprueba el plan hoy ({date}); los cambios posteriores son enmiendas.</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="27" />
            <source>Import Plan Workbook — {name}</source>
            <translation>Importar libro del plan — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="33" />
            <source>{added}, {changed}, {retired}, {unchanged}.</source>
            <translation>{added}, {changed}, {retired}, {unchanged}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="34" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="35" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificado</numerusform>
                <numerusform>%n modificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="36" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retirado</numerusform>
                <numerusform>%n retirados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="37" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sin cambios</numerusform>
                <numerusform>%n sin cambios</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="41" />
            <source>What the workbook changes</source>
            <translation>Lo que cambia el libro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>What changes</source>
            <translation>Qué cambia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="54" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="60" />
            <source>Problems (%n)</source>
            <translation>
                <numerusform>Problemas (%n)</numerusform>
                <numerusform>Problemas (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="72" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="73" />
            <source>Why the plan changes (required; kept in the plan's history with every change)</source>
            <translation>Por qué cambia el plan (obligatorio; se guarda en el historial del plan con cada cambio)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="75" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="78" />
            <source>Rows with problems block the import: correct them in the workbook and import it again. Nothing was written.</source>
            <translation>Las filas con problemas impiden la importación: corríjalas en el libro e impórtelo de nuevo. No se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="81" />
            <source>The workbook is the plan as it is: there is nothing to import.</source>
            <translation>El libro es el plan tal como está: no hay nada que importar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="83" />
            <source>Nothing is written until you press Apply; then every change at once, each with the reason in the plan's history.</source>
            <translation>No se escribe nada hasta que pulse Aplicar; entonces todos los cambios a la vez, cada uno con el motivo en el historial del plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="91" />
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="115" />
            <source>Added (%n)</source>
            <translation>
                <numerusform>Añadidos (%n)</numerusform>
                <numerusform>Añadidos (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="116" />
            <source>Changed (%n)</source>
            <translation>
                <numerusform>Modificados (%n)</numerusform>
                <numerusform>Modificados (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="117" />
            <source>Retired (%n)</source>
            <translation>
                <numerusform>Retirados (%n)</numerusform>
                <numerusform>Retirados (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="118" />
            <source>Unchanged (%n)</source>
            <translation>
                <numerusform>Sin cambios (%n)</numerusform>
                <numerusform>Sin cambios (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="119" />
            <source>Not in the workbook, kept as they are (%n)</source>
            <translation>
                <numerusform>No están en el libro, se conservan como están (%n)</numerusform>
                <numerusform>No están en el libro, se conservan como están (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="132" />
            <source>kept, marked retired: events point at it</source>
            <translation>se conserva, marcado como retirado: hay eventos que lo usan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="133" />
            <source>taken out of the plan: no events point at it</source>
            <translation>se quita del plan: ningún evento lo usa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="135" />
            <source>new</source>
            <translation>nuevo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="148" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="156" />
            <source>Rows not read (%n)</source>
            <translation>
                <numerusform>Filas no leídas (%n)</numerusform>
                <numerusform>Filas no leídas (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanTitlesDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="63" />
            <source>Translated titles</source>
            <translation>Títulos traducidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="69" />
            <source>Approved (English)</source>
            <translation>Aprobado (inglés)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="74" />
            <source>(none: the English title is shown)</source>
            <translation>(ninguno: se muestra el título en inglés)</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkbook</name>
        <message>
            <location filename="../../cicte_desktop/exports/plan_xlsx.py" line="110" />
            <source>not approved yet</source>
            <translation>aún no aprobado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="39" />
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="40" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="41" />
            <source>Title (English)</source>
            <translation>Título (inglés)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="42" />
            <source>Title (Spanish)</source>
            <translation>Título (español)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="43" />
            <source>Title (French)</source>
            <translation>Título (francés)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="44" />
            <source>Title (Portuguese)</source>
            <translation>Título (portugués)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="45" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="46" />
            <source>Target by 30 June</source>
            <translation>Meta al 30 de junio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="47" />
            <source>Target July–December</source>
            <translation>Meta julio–diciembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="48" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="49" />
            <source>Upon request</source>
            <translation>A solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="50" />
            <source>Retired</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="51" />
            <source>Parent id</source>
            <translation>Id del padre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="52" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="53" />
            <source>Carried from id</source>
            <translation>Id de origen</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Work area</source>
            <translation>Área de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="60" />
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="64" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="64" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Work plan</source>
            <translation>Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Symbol</source>
            <translation>Signatura</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="70" />
            <source>Approved on</source>
            <translation>Aprobado el</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="74" />
            <source>How to use</source>
            <translation>Cómo usarlo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="80" />
            <source>How to use this workbook</source>
            <translation>Cómo usar este libro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="82" />
            <source>The Work plan sheet lists every item of the plan, one row each, in the plan's order: work areas, programs, projects and planned activities. Change it here, save it, and import it with Plan &gt; Import Plan Workbook… (or cicte-desktop plan import FILE). The import first shows what it would change: nothing is written until you confirm, with a reason, and every change goes to the plan's history.</source>
            <translation>La hoja Plan de Trabajo enumera cada elemento del plan, una fila cada uno, en el orden del plan: áreas de trabajo, programas, proyectos y actividades previstas. Modifíquela aquí, guárdela e impórtela con Plan &gt; Importar libro del plan… (o cicte-desktop plan import ARCHIVO). La importación muestra primero qué cambiaría: no se escribe nada hasta que lo confirme, con un motivo, y cada cambio va al historial del plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="87" />
            <source>To change an item, change its cells: its title in any language, its code (number or letter), its target, unit or “Upon request”.</source>
            <translation>Para modificar un elemento, cambie sus celdas: su título en cualquier idioma, su código (número o letra), su meta, unidad o “A solicitud”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="89" />
            <source>To add an item, add a row with an empty Id where it goes, and say its Level. It goes under the nearest row above it of the level above (a program under the work area above it, and so on), or under the item named by its Parent id, and takes its row's place among its siblings. A new item's code, left empty, is the next free one.</source>
            <translation>Para añadir un elemento, añada una fila con el Id vacío donde deba ir e indique su Nivel. Va bajo la fila más cercana encima de ella del nivel superior (un programa bajo el área de trabajo de encima, etc.), o bajo el elemento indicado en su Id del padre, y ocupa el lugar de su fila entre sus hermanos. El código de un elemento nuevo, si se deja vacío, es el siguiente libre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="93" />
            <source>To retire an item, set Retired to Yes. An item that events point at is kept, marked retired, with its events; one without events is taken out of the plan. Rows are never deleted: a row you delete is left in the plan as it is (the import lists it).</source>
            <translation>Para retirar un elemento, ponga Retirado en Sí. Un elemento que usan eventos se conserva, marcado como retirado, con sus eventos; uno sin eventos se quita del plan. Las filas nunca se borran: una fila que usted borre queda en el plan como está (la importación la enumera).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="96" />
            <source>To move an item up or down, move its row among its siblings. To move it under another parent of the same level, put that parent's Id in its Parent id: it goes last there.</source>
            <translation>Para subir o bajar un elemento, mueva su fila entre sus hermanos. Para moverlo bajo otro padre del mismo nivel, ponga el Id de ese padre en su Id del padre: irá al final allí.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="98" />
            <source>Do not edit the Id, Parent id (except to move) or Carried from id columns, nor the hidden row above the headings: they tie each row to its item.</source>
            <translation>No edite las columnas Id, Id del padre (salvo para mover) ni Id de origen, ni la fila oculta encima de los encabezados: vinculan cada fila con su elemento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="100" />
            <source>The Year above the table says which year's plan the workbook is for. To draft next year's plan, change the Year: if that year has no plan yet, the import creates it as a copy of this one, with your changes.</source>
            <translation>El Año encima de la tabla dice de qué año es el plan del libro. Para redactar el plan del año siguiente, cambie el Año: si ese año aún no tiene plan, la importación lo crea como copia de este, con sus cambios.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="102" />
            <source>Targets are whole numbers from 0 to 1,000,000. Type values, not formulas: a cell holding a formula is refused. Titles have at most 2,000 characters, units 200.</source>
            <translation>Las metas son números enteros de 0 a 1.000.000. Escriba valores, no fórmulas: se rechaza una celda con una fórmula. Los títulos tienen como máximo 2.000 caracteres, las unidades 200.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="104" />
            <source>An activity may split its target between the halves of the year: how many are due by 30 June and how many in July-December. Both given add up to the target; one alone leaves the rest to the other half; both empty: not split.</source>
            <translation>Una actividad puede repartir su meta entre las dos mitades del año: cuántas se esperan al 30 de junio y cuántas en julio-diciembre. Si se dan ambas, suman la meta; una sola deja el resto para la otra mitad; ambas vacías: sin repartir.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="107" />
            <source>Headings may be in English, Spanish, French or Portuguese; title rows, blank rows and a total row without Level and Id are skipped. Do not merge cells in the table.</source>
            <translation>Los encabezados pueden estar en inglés, español, francés o portugués; se omiten las filas de título, las filas vacías y una fila de totales sin Nivel ni Id. No combine celdas en la tabla.</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkbookImport</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="115" />
            <source>{name}: the table of the sheet {sheet} lacks the columns {columns}.</source>
            <translation>{name}: a la tabla de la hoja {sheet} le faltan las columnas {columns}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="123" />
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, fila {row}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="125" />
            <source>{sheet}, row {row}, column {letter} ({heading})</source>
            <translation>{sheet}, fila {row}, columna {letter} ({heading})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="130" />
            <source>{sheet}, cells {cells}: merged cells in the table; unmerge them (each row needs its own values).</source>
            <translation>{sheet}, celdas {cells}: celdas combinadas en la tabla; sepárelas (cada fila necesita sus propios valores).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="144" />
            <source>There is no work plan for {year}, and the rows of {name} carry no Id of another year's plan to start it from. Export an earlier year's plan workbook, change its Year to {year}, and edit it.</source>
            <translation>No hay plan de trabajo para {year} y las filas de {name} no llevan ningún Id del plan de otro año desde el que empezarlo. Exporte el libro del plan de un año anterior, cambie su Año a {year} y edítelo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="148" />
            <source>There is no work plan for {year}, and the Ids of {name} belong to the plans of several years ({years}): a new plan starts from one.</source>
            <translation>No hay plan de trabajo para {year} y los Id de {name} pertenecen a planes de varios años ({years}): un plan nuevo parte de uno solo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="173" />
            <source>{where}: no Level and no Id, not an item (a total or a note?): “{text}”</source>
            <translation>{where}: sin Nivel ni Id, no es un elemento (¿un total o una nota?): “{text}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="179" />
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="183" />
            <source>holds a formula ({formula}); the import takes typed values only (a formula is never computed here): type the value</source>
            <translation>contiene una fórmula ({formula}); la importación solo acepta valores escritos (aquí nunca se calcula una fórmula): escriba el valor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="187" />
            <source>holds the error {value}</source>
            <translation>contiene el error {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="192" />
            <source>“{value}” is not a level ({levels})</source>
            <translation>“{value}” no es un nivel ({levels})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="194" />
            <source>the Level is empty ({levels})</source>
            <translation>el Nivel está vacío ({levels})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="199" />
            <source>the same Id is on row {row} too; each item has one row</source>
            <translation>el mismo Id está también en la fila {row}; cada elemento tiene una fila</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="207" />
            <source>this Id is an item of the {other} plan, not of the {year} plan</source>
            <translation>este Id es un elemento del plan {other}, no del plan {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="210" />
            <source>no item of the {year} plan has this Id (taken out of the plan, or from another database); leave the Id empty to add an item</source>
            <translation>ningún elemento del plan {year} tiene este Id (quitado del plan, o de otra base de datos); deje el Id vacío para añadir un elemento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="215" />
            <source>this item is a {level}; an item's level cannot change (add a new row and retire this one)</source>
            <translation>este elemento es un(a) {level}; el nivel de un elemento no puede cambiar (añada una fila nueva y retire esta)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="220" />
            <source>an item needs a title</source>
            <translation>un elemento necesita un título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="222" />
            <source>a title has at most {count} characters (this one has {length})</source>
            <translation>un título tiene como máximo {count} caracteres (este tiene {length})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="237" />
            <source>activities have no code (they are numbered by their order)</source>
            <translation>las actividades no tienen código (se numeran por su orden)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="239" />
            <source>“{value}” is not a number like 3</source>
            <translation>“{value}” no es un número como 3</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="241" />
            <source>“{value}” is not a letter like B</source>
            <translation>“{value}” no es una letra como B</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="243" />
            <source>a work area needs its number and a program its letter</source>
            <translation>un área de trabajo necesita su número y un programa su letra</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="256" />
            <source>“{value}” is not a whole number from 0 to 1,000,000</source>
            <translation>“{value}” no es un número entero de 0 a 1.000.000</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="259" />
            <source>{value} is too large: a target is at most 1,000,000</source>
            <translation>{value} es demasiado grande: una meta es como máximo 1.000.000</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="271" />
            <source>a unit has at most {count} characters (this one has {length})</source>
            <translation>una unidad tiene como máximo {count} caracteres (esta tiene {length})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="286" />
            <source>“{value}” is neither {yes} nor {no}</source>
            <translation>“{value}” no es ni {yes} ni {no}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="295" />
            <source>only activities have targets</source>
            <translation>solo las actividades tienen metas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="305" />
            <source>a work area's Parent id is the plan's own (or empty)</source>
            <translation>el Id del padre de un área de trabajo es el del propio plan (o vacío)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="311" />
            <source>no item of the {year} plan has this Id</source>
            <translation>ningún elemento del plan {year} tiene este Id</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="316" />
            <source>a {level} goes under a {parent_level}, but this Parent id is a {found}</source>
            <translation>un(a) {level} va bajo un(a) {parent_level}, pero este Id del padre es un(a) {found}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="326" />
            <source>no {parent_level} above this {level} and no Parent id: say where it goes</source>
            <translation>no hay ningún(a) {parent_level} encima de este(a) {level} ni Id del padre: diga dónde va</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="343" />
            <source>a new item cannot be retired; leave the row out</source>
            <translation>un elemento nuevo no puede retirarse; quite la fila</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="354" />
            <source>{where}: its parent is being retired; retire it too, or move it under another parent</source>
            <translation>{where}: su padre se retira; retírelo también, o muévalo bajo otro padre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="356" />
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="366" />
            <source>{where}: {code} is also the code of row {row}, under the same parent; each item has its own</source>
            <translation>{where}: {code} es también el código de la fila {row}, bajo el mismo padre; cada elemento tiene el suyo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="372" />
            <source>{name}: the sheet {sheet} lists no items of a plan.</source>
            <translation>{name}: la hoja {sheet} no enumera elementos de un plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="96" />
            <source>There is no work plan for {year} yet: importing CREATES it, as a copy of the {source} plan (every item carried over, linked to the one it came from) with the changes below.</source>
            <translation>Todavía no hay plan de trabajo para {year}: importar lo CREA, como copia del plan {source} (cada elemento trasladado, vinculado al de origen) con los cambios de abajo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="99" />
            <source>The {year} work plan ({symbol}) exists: importing ADDS TO it — the items below are added, changed or retired in it; the others stay as they are.</source>
            <translation>El plan de trabajo {year} ({symbol}) existe: importar lo COMPLETA — los elementos de abajo se añaden, modifican o retiran en él; los demás quedan como están.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="106" />
            <source>This computer is a laptop: plan changes are made at headquarters, where they travel to every laptop. This workbook can be previewed here, not imported.</source>
            <translation>Este equipo es una computadora portátil: los cambios del plan se hacen en la sede, desde donde llegan a todas las computadoras portátiles. Aquí puede ver este libro, no importarlo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="165" />
            <source>Nothing was imported: correct the rows with problems in the workbook first.</source>
            <translation>No se importó nada: corrija primero en el libro las filas con problemas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="167" />
            <source>Nothing was imported: this computer is a laptop, and plan changes are made at headquarters (where they travel to every laptop). Import the workbook there.</source>
            <translation>No se importó nada: este equipo es una computadora portátil, y los cambios del plan se hacen en la sede (desde donde llegan a todas las computadoras portátiles). Importe el libro allí.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="170" />
            <source>Nothing to import: the workbook is the plan as it is.</source>
            <translation>Nada que importar: el libro es el plan tal como está.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="183" />
            <source>Nothing was imported: {reason}</source>
            <translation>No se importó nada: {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="187" />
            <source>Nothing was imported: the database refused the change ({detail}).</source>
            <translation>No se importó nada: la base de datos rechazó el cambio ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="214" />
            <source>Nothing was imported: the {year} work plan changed since the workbook was read. Import it again to see what it would change now.</source>
            <translation>No se importó nada: el plan de trabajo {year} cambió desde que se leyó el libro. Impórtelo de nuevo para ver qué cambiaría ahora.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="226" />
            <source>carried over from the {year} plan</source>
            <translation>trasladado del plan {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="127" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>{name} no se pudo leer como libro de Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="132" />
            <source>{name} has no Work plan sheet: export the plan workbook from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} no tiene hoja Plan de Trabajo: exporte el libro del plan desde CICTE Desktop, edítelo e impórtelo de vuelta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="149" />
            <source>{name} holds more than {count} rows: a work plan has far fewer. Is it the plan workbook?</source>
            <translation>{name} tiene más de {count} filas: un plan de trabajo tiene muchas menos. ¿Es el libro del plan?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="156" />
            <source>{name}: row {row} of the sheet {sheet} cannot be read ({detail}); the workbook was damaged or altered.</source>
            <translation>{name}: la fila {row} de la hoja {sheet} no se puede leer ({detail}); el libro está dañado o fue alterado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="203" />
            <source>{name}: the sheet {sheet} has no table of the plan (no row with the headings Level, Title, Id… in its first {count} rows). Export the plan workbook from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name}: la hoja {sheet} no tiene la tabla del plan (ninguna fila con los encabezados Nivel, Título, Id… en sus primeras {count} filas). Exporte el libro del plan desde CICTE Desktop, edítelo e impórtelo de vuelta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="222" />
            <source>{name}: the Year above the table (row {row}) is not a year from {first} to {last}.</source>
            <translation>{name}: el Año encima de la tabla (fila {row}) no es un año de {first} a {last}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="227" />
            <source>{name}: the sheet {sheet} does not say which year's plan it is for (the Year line above the table).</source>
            <translation>{name}: la hoja {sheet} no dice de qué año es el plan (la línea Año encima de la tabla).</translation>
        </message>
    </context>
    <context>
        <name>PlanYears</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="80" />
            <source>{year} is not a year for a work plan (from {first} to {last}).</source>
            <translation>{year} no es un año para un plan de trabajo (de {first} a {last}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="83" />
            <source>There is already a work plan for {year}; a year has one work plan, which can be edited.</source>
            <translation>Ya existe un plan de trabajo para {year}; un año tiene un solo plan de trabajo, que se puede editar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="86" />
            <source>There is no work plan for {year} to start from (work plans: {years}).</source>
            <translation>No hay plan de trabajo de {year} del que partir (planes de trabajo: {years}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="87" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="117" />
            <source>Carried over from the {year} work plan ({symbol}).</source>
            <translation>Trasladado del plan de trabajo {year} ({symbol}).</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="6" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="14" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="27" />
            <source>Colours</source>
            <translation>Colores</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="37" />
            <source>Light, dark or high-contrast colours, or those of the system's light or dark setting. A change shows at once.</source>
            <translation>Colores claros, oscuros o de alto contraste, o los del modo claro u oscuro del sistema. Un cambio se ve en el acto.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="46" />
            <source>The window, messages, Excel workbooks and PDF reports use this language. It takes effect the next time CICTE Desktop starts.</source>
            <translation>La ventana, los mensajes, los libros de Excel y los informes PDF usan este idioma. El cambio se aplica la próxima vez que se inicie CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="31" />
            <source>The system's language ({language})</source>
            <translation>El idioma del sistema ({language})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="37" />
            <source>Follow the system ({theme})</source>
            <translation>Según el sistema ({theme})</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../cicte_desktop/services/privacy.py" line="208" />
            <source>The personal data were removed from the records, but the database file could not be rebuilt ({detail}), so old copies may remain in its free space. Close other programs using it, free some disk space, and remove personal data again.</source>
            <translation>Los datos personales se eliminaron de los registros, pero no se pudo reconstruir el archivo de la base de datos ({detail}), por lo que pueden quedar copias antiguas en su espacio libre. Cierre los demás programas que la usen, libere espacio en disco y vuelva a eliminar los datos personales.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/privacy.py" line="213" />
            <source>The personal data were removed from the records, but another program kept the database busy, so old copies may remain in its journal. Close other programs using it and remove personal data again.</source>
            <translation>Los datos personales se eliminaron de los registros, pero otro programa mantuvo ocupada la base de datos, por lo que pueden quedar copias antiguas en su diario. Cierre los demás programas que la usen y vuelva a eliminar los datos personales.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="21" />
            <source>Privacy</source>
            <translation>Privacidad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="24" />
            <source>Participants' names, e-mails and phones are personal data. They stay out of Excel exports unless you ask for them; field packages carry them, so that rosters can be merged (protect packages with a passphrase). Here you can remove them from older events for good: the counts by sex, institutions and countries are kept, and the removal is recorded in each event's history.</source>
            <translation>Los nombres, correos electrónicos y teléfonos de los participantes son datos personales. No se incluyen en las exportaciones a Excel salvo que se soliciten; los paquetes de campo sí los incluyen, para poder combinar las listas de participantes (proteja los paquetes con una frase de contraseña). Aquí puede eliminarlos definitivamente de los eventos más antiguos: se conservan los recuentos por sexo, instituciones y países, y la eliminación queda registrada en el historial de cada evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="29" />
            <source>They also go from the conflict history, the history of changes and drafts of those events, and the database file is rebuilt so that no copy of them remains in it. Backups made before keep theirs.</source>
            <translation>También se eliminan del historial de conflictos, del historial de cambios y de los borradores de esos eventos, y el archivo de la base de datos se reconstruye para que no quede en él ninguna copia. Las copias de seguridad hechas antes conservan las suyas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="39" />
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="42" />
            <source>Remove the personal data of events older than:</source>
            <translation>Eliminar los datos personales de eventos con antigüedad superior a:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="48" />
            <source>Remove personal data…</source>
            <translation>Eliminar datos personales…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="68" />
            <source>Remove personal data</source>
            <translation>Eliminar datos personales</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="68" />
            <source>Remove the names, e-mails and phones of the participants of every event that started before {date}? This cannot be undone.</source>
            <translation>¿Eliminar los nombres, correos electrónicos y teléfonos de los participantes de todos los eventos iniciados antes del {date}? Esta acción no se puede deshacer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="70" />
            <source>Remove</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="70" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/privacy.py" line="77" />
            <source>Personal data removed for %n participant(s).</source>
            <translation>
                <numerusform>Datos personales eliminados de %n participante.</numerusform>
                <numerusform>Datos personales eliminados de %n participantes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="85" />
            <source>Removing personal data…</source>
            <translation>Eliminando los datos personales…</translation>
        </message>
        <message>
            <source>Participants' names, e-mails and phones are personal data. They stay out of exports and field packages unless you ask for them. Here you can remove them from older events for good: the counts by sex, institutions and countries are kept, and the removal is recorded in each event's history.</source>
            <translation type="vanished">Los nombres, correos electrónicos y teléfonos de los participantes son datos personales. No se incluyen en las exportaciones ni en los paquetes de campo salvo que se soliciten. Aquí puede eliminarlos definitivamente de los eventos más antiguos: se conservan los recuentos por sexo, instituciones y países, y la eliminación queda registrada en el historial de cada evento.</translation>
        </message>
        <message>
            <source>Remove personal data of events that started more than</source>
            <translation type="vanished">Eliminar datos personales de eventos con más de</translation>
        </message>
        <message>
            <source>ago</source>
            <translation type="vanished">de antigüedad</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="35" />
            <source>CICTE Desktop cannot open the database</source>
            <translation>CICTE Desktop no puede abrir la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="42" />
            <source>The latest good backup was saved on {when} on {device}: {events}, {people}.</source>
            <translation>La última copia de seguridad válida se guardó el {when} en {device}: {events}, {people}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/recovery.py" line="44" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/recovery.py" line="45" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="47" />
            <source>No good backup was found in the data folder.</source>
            <translation>No se encontró ninguna copia de seguridad válida en la carpeta de datos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="51" />
            <source>Open the latest good backup</source>
            <translation>Abrir la última copia válida</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="53" />
            <source>Choose another file…</source>
            <translation>Elegir otro archivo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="54" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="63" />
            <source>The file that failed is left as it is: nothing in it is overwritten or deleted.</source>
            <translation>El archivo que falló se deja tal como está: no se sobrescribe ni se elimina nada de él.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="109" />
            <source>The file that could not be opened was kept as {aside}. The backup of {when} is now open in its place.</source>
            <translation>El archivo que no se pudo abrir se conservó como {aside}. En su lugar está abierta ahora la copia de seguridad del {when}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="113" />
            <source>{path} was left as it is. The backup of {when} is open from {target}; open that file again next time (File &gt; Open Database).</source>
            <translation>{path} se dejó tal como estaba. La copia de seguridad del {when} está abierta desde {target}; abra ese archivo la próxima vez (Archivo &gt; Abrir base de datos).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="125" />
            <source>Open Database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="126" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos CICTE (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="143" />
            <source>Cannot restore the backup</source>
            <translation>No se puede restaurar la copia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="145" />
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="155" />
            <source>Restore from backup</source>
            <translation>Restaurar copia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="156" />
            <source>Restoring {name}…</source>
            <translation>Recuperando {name}…</translation>
        </message>
        <message>
            <source>The latest good backup was saved on {when} on {device}: {events} events, {people} participants.</source>
            <translation type="vanished">La última copia de seguridad válida se guardó el {when} en {device}: {events} eventos, {people} participantes.</translation>
        </message>
    </context>
    <context>
        <name>ReportsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="58" />
            <source>Certificates of participation</source>
            <translation>Certificados de participación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="58" />
            <source>This event has no participants on its roster. Add them in the event's form (or import its attendance sheet) to print their certificates.</source>
            <translation>Este evento no tiene participantes en su lista. Agréguelos en el formulario del evento (o importe su lista de asistencia) para imprimir sus certificados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="88" />
            <source>PDF report</source>
            <translation>Informe PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="88" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="92" />
            <source>Cannot make this report</source>
            <translation>No se puede generar este informe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="97" />
            <source>The report failed</source>
            <translation>Error en el informe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="97" />
            <source>The report could not be written ({detail}).</source>
            <translation>No se pudo escribir el informe ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="104" />
            <source>Preparing {name}…</source>
            <translation>Preparando {name}…</translation>
        </message>
    </context>
    <context>
        <name>RosterTableModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Institution</source>
            <translation>Institución</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="59" />
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="59" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="61" />
            <source>F or M; leave empty when not recorded</source>
            <translation>F o M; deje vacío si no se registró</translation>
        </message>
    </context>
    <context>
        <name>SafetyController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="87" />
            <source>The database is in use</source>
            <translation>La base de datos está en uso</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="87" />
            <source>{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other program is done.</source>
            <translation>{problem} Mientras tanto, no se pueden guardar cambios; cierre CICTE Desktop y vuelva a abrirlo cuando el otro programa haya terminado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="103" />
            <source>Backed up on the server</source>
            <translation>Copia de seguridad en el servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="104" />
            <source>The server's administrator backs this database up</source>
            <translation>El administrador del servidor hace las copias de seguridad de esta base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="109" />
            <source>No automatic backup yet</source>
            <translation>Aún no hay copia de seguridad automática</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="113" />
            <source>Last backup: %n hour(s) ago</source>
            <translation>
                <numerusform>Última copia de seguridad: hace %n hora</numerusform>
                <numerusform>Última copia de seguridad: hace %n horas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="114" />
            <source>Last backup: less than an hour ago</source>
            <translation>Última copia de seguridad: hace menos de una hora</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="143" />
            <source>Back Up To</source>
            <translation>Copia de seguridad en</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="144" />
            <source>CICTE databases (*.sqlite)</source>
            <translation>Bases de datos CICTE (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="153" />
            <source>The backup failed</source>
            <translation>Error en la copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="154" />
            <source>Choose another file: this is the database you are working on.</source>
            <translation>Elija otro archivo: esta es la base de datos en la que está trabajando.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="171" />
            <source>Saved {path}: {events}, {people}.</source>
            <translation>Se guardó {path}: {events}, {people}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="172" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="173" />
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="175" />
            <source>Note: %n row(s) of the database point to records that are missing; Tools &gt; Check the Database tells which.</source>
            <translation>
                <numerusform>Nota: %n fila de la base de datos remite a registros inexistentes; Herramientas &gt; Verificar la base de datos indica cuál.</numerusform>
                <numerusform>Nota: %n filas de la base de datos remiten a registros inexistentes; Herramientas &gt; Verificar la base de datos indica cuáles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="177" />
            <source>Back up</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="181" />
            <source>Copying the database to {path}…</source>
            <translation>Copiando la base de datos en {path}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="184" />
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="189" />
            <source>Restore From Backup</source>
            <translation>Restaurar copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="190" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de datos CICTE (*.sqlite *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="206" />
            <source>{backup} is a backup of a laptop ({device}). Restored on the server, headquarters' database would become that laptop's, so it is not offered. To bring the laptop's work in, import its field package (File &gt; Import Field Package…).</source>
            <translation>{backup} es una copia de seguridad de una computadora portátil ({device}). Restaurada en el servidor, la base de datos de la sede pasaría a ser la de esa computadora, así que no se ofrece. Para incorporar el trabajo de esa computadora, importe su paquete de campo (Archivo &gt; Importar paquete de campo…).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="214" />
            <source>Restore from backup</source>
            <translation>Restaurar copia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="215" />
            <source>Checking {name}…</source>
            <translation>Verificando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="216" />
            <source>Cannot restore this backup</source>
            <translation>No se puede restaurar esta copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="221" />
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation>Esta copia de seguridad se guardó el {when} en {device}. Contiene {events} y {people}.

¿Reemplazar con ella la base de datos en la que está trabajando? Antes se guarda una copia de seguridad de la base de datos actual.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="228" />
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the content of the database on the server, {name}, with it, for every program manager? Its content as it is now is kept as a backup on this computer first.</source>
            <translation>Esta copia de seguridad se guardó el {when} en {device}. Contiene {events} y {people}.

¿Reemplazar con ella el contenido de la base de datos del servidor, {name}, para todos los gerentes de programa? Antes se conserva su contenido actual como copia de seguridad en esta computadora.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="234" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="235" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="253" />
            <source>Restored. The database as it was is kept in {kept}.</source>
            <translation>Restauración completada. La base de datos anterior se conserva en {kept}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="257" />
            <source>The restore failed</source>
            <translation>Error en la restauración</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="265" />
            <source>Restoring {name}…</source>
            <translation>Recuperando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="291" />
            <source>The backup was restored (the database as it was is kept in {kept}), but reading it again failed: {problem} Connect to the server again (File &gt; Connect to Server…).</source>
            <translation>La copia de seguridad se restauró (la base de datos tal como estaba se conserva en {kept}), pero no se pudo volver a leerla: {problem} Vuelva a conectarse con el servidor (Archivo &gt; Conectar con un servidor…).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="325" />
            <source>{name}: no problems found.</source>
            <translation>{name}: no se encontró ningún problema.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="326" />
            <source>{name}: problems found (below).</source>
            <translation>{name}: se encontraron problemas (abajo).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="329" />
            <source>Check the database</source>
            <translation>Verificar la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="368" />
            <source>Backing up before closing…</source>
            <translation>Haciendo una copia de seguridad antes de cerrar…</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server ({name}): its administrator backs it up, checks and restores it with PostgreSQL's own tools (see the README, "Headquarters on PostgreSQL"). To keep a copy of its content on this computer, export a field package with everything in it.</source>
            <translation type="vanished">Esta base de datos está en un servidor PostgreSQL ({name}): su administrador hace sus copias de seguridad, la comprueba y la restaura con las herramientas propias de PostgreSQL (vea el README, «Headquarters on PostgreSQL»). Para guardar una copia de su contenido en esta computadora, exporte un paquete de campo con todo su contenido.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="54" />
            <source>the seeded work plan has {count} planned activities, not 70</source>
            <translation>el Plan de Trabajo inicial tiene {count} actividades previstas, no 70</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="56" />
            <source>{areas} work areas, {activities} planned activities</source>
            <translation>{areas} áreas de trabajo, {activities} actividades previstas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="74" />
            <source>the roster read back differs from the one saved</source>
            <translation>la lista de participantes leída no coincide con la guardada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="75" />
            <source>1 event, {count} participants</source>
            <translation>1 evento, {count} participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="92" />
            <source>the workbook's Events sheet does not hold the event</source>
            <translation>la hoja Eventos del libro no contiene el evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="93" />
            <source>{size} KB, {events} events</source>
            <translation>{size} KB, {events} eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="104" />
            <source>{count} certificates were made for 3 participants</source>
            <translation>se generaron {count} certificados para 3 participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="106" />
            <source>the report is not a PDF</source>
            <translation>el informe no es un PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="107" />
            <source>report of {pages} pages, {count} certificates</source>
            <translation>informe de {pages} páginas, {count} certificados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="132" />
            <source>importing the same package twice would change the database</source>
            <translation>importar dos veces el mismo paquete modificaría la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="135" />
            <source>the event arrived without its roster</source>
            <translation>el evento llegó sin su lista de participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="138" />
            <source>{records} records out and in, encrypted; a second import changed nothing</source>
            <translation>{records} registros exportados e importados, cifrados; una segunda importación no cambió nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="151" />
            <source>integrity and references ok</source>
            <translation>integridad y referencias correctas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="160" />
            <source>no graphical application could be started</source>
            <translation>no se pudo iniciar ninguna aplicación gráfica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="166" />
            <source>the main window did not paint</source>
            <translation>la ventana principal no se dibujó</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="167" />
            <source>the work plan tree shows {count} work areas, not 5</source>
            <translation>el árbol del Plan de Trabajo muestra {count} áreas de trabajo, no 5</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="171" />
            <source>the toolbar's icons could not be drawn (no SVG support)</source>
            <translation>no se pudieron dibujar los iconos de la barra de herramientas (falta la compatibilidad con SVG)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="181" />
            <source>the dashboard's map of the member states could not be drawn</source>
            <translation>no se pudo dibujar el mapa de los Estados Miembros del panel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="185" />
            <source>the user guide (F1) could not be shown</source>
            <translation>no se pudo mostrar la guía del usuario (F1)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="190" />
            <source>painted {width}x{height}</source>
            <translation>se dibujó a {width}x{height}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="206" />
            <source>the {language} translations are missing</source>
            <translation>faltan las traducciones ({language})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="208" />
            <source>the {language} translations are empty</source>
            <translation>las traducciones ({language}) están vacías</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="210" />
            <source>Qt's own {language} translations are missing</source>
            <translation>faltan las traducciones propias de Qt ({language})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="218" />
            <source>Create and seed a database</source>
            <translation>Crear una base de datos con los datos iniciales</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="219" />
            <source>Log an event with a roster</source>
            <translation>Registrar un evento con lista de participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="220" />
            <source>Export an Excel workbook</source>
            <translation>Exportar un libro de Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="221" />
            <source>Export a PDF report and certificates</source>
            <translation>Exportar un informe PDF y certificados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="222" />
            <source>Export and re-import a field package</source>
            <translation>Exportar y volver a importar un paquete de campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="223" />
            <source>Check the database's integrity</source>
            <translation>Verificar la integridad de la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="224" />
            <source>Load the translations</source>
            <translation>Cargar las traducciones</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="225" />
            <source>Open the main window</source>
            <translation>Abrir la ventana principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="270" />
            <source>{step}: SKIPPED (an earlier step failed)</source>
            <translation>{step}: OMITIDO (falló un paso anterior)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="279" />
            <source>{step}: FAILED: {error}</source>
            <translation>{step}: ERROR: {error}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="283" />
            <source>{step}: OK ({detail}, {seconds:.2f} s)</source>
            <translation>{step}: OK ({detail}, {seconds:.2f} s)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="292" />
            <source>Self-test passed: {count} steps in {seconds:.1f} s.</source>
            <translation>Autoprueba superada: {count} pasos en {seconds:.1f} s.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="292" />
            <source>Self-test FAILED: {failed} of {count} steps failed, see above.</source>
            <translation>Autoprueba FALLIDA: fallaron {failed} de {count} pasos; véase más arriba.</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="93" />
            <source>{database} on {host}:{port}</source>
            <translation>{database} en {host}:{port}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="113" />
            <source>“{host}” is not a server: type a name such as db.example.org or an address such as 10.0.0.5, and the port in its own field.</source>
            <translation>«{host}» no es un servidor: escriba un nombre como db.example.org o una dirección como 10.0.0.5, y el puerto en su propio campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="123" />
            <source>{url} is not a PostgreSQL URL like postgresql://user@host/cicte</source>
            <translation>{url} no es una URL de PostgreSQL como postgresql://user@host/cicte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="128" />
            <source>{url} has a port that is not a number from 1 to 65535</source>
            <translation>{url} tiene un puerto que no es un número del 1 al 65535</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="130" />
            <source>Leave the password out of the URL: the app never keeps passwords. Put it in your .pgpass file (or the PGPASSWORD variable), where PostgreSQL's own tools find it.</source>
            <translation>No incluya la contraseña en la URL: la aplicación nunca guarda contraseñas. Póngala en su archivo .pgpass (o en la variable PGPASSWORD), donde la encuentran las propias herramientas de PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="136" />
            <source>{url} names no database: write it as postgresql://user@host/cicte</source>
            <translation>{url} no indica ninguna base de datos: escríbala como postgresql://user@host/cicte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="158" />
            <source>The server {name} did not accept user {user}: put the password in your .pgpass file or the PGPASSWORD variable ({reason})</source>
            <translation>El servidor {name} no aceptó al usuario {user}: ponga la contraseña en su archivo .pgpass o en la variable PGPASSWORD ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="161" />
            <source>The server {host} has no user {user}: the database administrator creates it (see the README, "Headquarters on PostgreSQL")</source>
            <translation>El servidor {host} no tiene ningún usuario {user}: lo crea el administrador de la base de datos (vea el README, «Headquarters on PostgreSQL»)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="164" />
            <source>There is no database {database} on {host}: the database administrator creates it (see the README, "Headquarters on PostgreSQL")</source>
            <translation>No hay ninguna base de datos {database} en {host}: la crea el administrador de la base de datos (vea el README, «Headquarters on PostgreSQL»)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="167" />
            <source>User {user} may not change the database {name}: the database administrator makes that user its owner (see the README, "Headquarters on PostgreSQL") ({reason})</source>
            <translation>El usuario {user} no puede modificar la base de datos {name}: el administrador de la base de datos debe hacerlo propietario de ella (vea el README, «Headquarters on PostgreSQL») ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="171" />
            <source>There is no server called {host} on the network this computer is on: check its name, and that this computer is connected (for example to the office network or its VPN).</source>
            <translation>No hay ningún servidor llamado {host} en la red a la que está conectada esta computadora: compruebe el nombre y que la computadora esté conectada (por ejemplo, a la red de la oficina o a su VPN).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="174" />
            <source>Could not reach the PostgreSQL server at {host}:{port}: check that it is running and accepts connections from this computer ({reason})</source>
            <translation>No se pudo conectar con el servidor PostgreSQL en {host}:{port}: compruebe que esté en funcionamiento y que acepte conexiones desde esta computadora ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="176" />
            <source>Could not work with the database {name}: {reason}</source>
            <translation>No se pudo trabajar con la base de datos {name}: {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="183" />
            <source>The database {name} was upgraded by a newer CICTE Desktop (schema {revision}); this version knows schemas up to {head}. Install the newer version.</source>
            <translation>La base de datos {name} se actualizó con una versión más reciente de CICTE Desktop (esquema {revision}); esta versión conoce los esquemas hasta el {head}. Instale la versión más reciente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_database.py" line="222" />
            <source>The database {name} is not ready for this version of CICTE Desktop: run cicte-desktop --db {url} upgrade once (the database administrator, when every manager has this version).</source>
            <translation>La base de datos {name} no está lista para esta versión de CICTE Desktop: ejecute una vez cicte-desktop --db {url} upgrade (el administrador de la base de datos, cuando todos los gestores tengan esta versión).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_setup.py" line="47" />
            <source>The database {name} already holds tables of another program ({tables}); CICTE Desktop needs a database of its own: ask the database administrator for an empty one.</source>
            <translation>La base de datos {name} ya contiene tablas de otro programa ({tables}); CICTE Desktop necesita una base de datos propia: pida una vacía al administrador de la base de datos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_setup.py" line="80" />
            <source>The database {name} sorts text as {collation}; CICTE Desktop needs the order the laptops use. Ask the database administrator to create it again, empty, with createdb --locale=C.UTF-8 --template=template0 (see the README, "Headquarters on PostgreSQL").</source>
            <translation>La base de datos {name} ordena el texto como {collation}; CICTE Desktop necesita el orden que usan las computadoras portátiles. Pida al administrador de la base de datos que la vuelva a crear, vacía, con createdb --locale=C.UTF-8 --template=template0 (vea el README, «Headquarters on PostgreSQL»).</translation>
        </message>
    </context>
    <context>
        <name>ServerConnectDialog</name>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="6" />
            <source>Connect to Server</source>
            <translation>Conectar con un servidor</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="18" />
            <source>Headquarters' database on a PostgreSQL server, shared by the program managers. Ask the database administrator for these details.</source>
            <translation>La base de datos de la sede en un servidor PostgreSQL, compartida por los gestores de programas. Pida estos datos al administrador de la base de datos.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="30" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="47" />
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="70" />
            <source>&amp;Database:</source>
            <translation>&amp;Base de datos:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="87" />
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="100" />
            <source>Pass&amp;word:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="113" />
            <source>Empty: the one in your .pgpass file</source>
            <translation>Vacía: la de su archivo .pgpass</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="122" />
            <source>The password is used for this session only and never saved by CICTE Desktop. Not to type it each time, put it in your .pgpass file (the administrator can help).</source>
            <translation>La contraseña se usa solo en esta sesión y CICTE Desktop nunca la guarda. Para no escribirla cada vez, póngala en su archivo .pgpass (el administrador puede ayudarle).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="30" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="64" />
            <source>the server</source>
            <translation>el servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="64" />
            <source>the database</source>
            <translation>la base de datos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="65" />
            <source>the user</source>
            <translation>el usuario</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="70" />
            <source>Still needed: {fields}</source>
            <translation>Falta: {fields}</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="45" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="45" />
            <source>CICTE Desktop will be in {language} the next time it starts.</source>
            <translation>CICTE Desktop estará en {language} la próxima vez que se inicie.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="64" />
            <source>Text size: {percent} of the system's</source>
            <translation>Tamaño del texto: {percent} del tamaño del sistema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="74" />
            <source>Translated titles</source>
            <translation>Títulos traducidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="74" />
            <source>Select a work area, program, project or planned activity first.</source>
            <translation>Seleccione primero un área de trabajo, programa, proyecto o actividad prevista.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="84" />
            <source>Cannot save the titles</source>
            <translation>No se pueden guardar los títulos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="84" />
            <source>The titles could not be written ({detail}). Nothing was changed.</source>
            <translation>No se pudieron escribir los títulos ({detail}). No se modificó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="106" />
            <source>About CICTE Desktop</source>
            <translation>Acerca de CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="106" />
            <source>CICTE Desktop {version}

Plans, logs and reports the capacity-building work of the Secretariat of the Inter-American Committee against Terrorism (OAS).

Database: {path}</source>
            <translation>CICTE Desktop {version}

Planifica, registra e informa sobre las actividades de desarrollo de capacidades de la Secretaría del Comité Interamericano contra el Terrorismo (OEA).

Base de datos: {path}</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="27" />
            <source>Target of the Activity</source>
            <translation>Meta de la actividad</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="28" />
            <source>no number</source>
            <translation>sin número</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="32" />
            <source>workshops, missions, countries…</source>
            <translation>talleres, misiones, países…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="33" />
            <source>Upon request of member states</source>
            <translation>A solicitud de los Estados Miembros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="36" />
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="43" />
            <source>&amp;How many:</source>
            <translation>&amp;Cuántos:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="44" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="46" />
            <source>Due by 30 &amp;June:</source>
            <translation>Hasta el 30 de &amp;junio:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="47" />
            <source>Due July–&amp;December:</source>
            <translation>Julio–&amp;diciembre:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="82" />
            <source>Optional. Without them the target is expected evenly over the year.</source>
            <translation>Opcional. Sin ellas, la meta se espera de forma pareja a lo largo del año.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="86" />
            <source>{first} due by 30 June, all {target} by 31 December.</source>
            <translation>{first} para el 30 de junio; las {target} para el 31 de diciembre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="102" />
            <source>The target was not changed</source>
            <translation>La meta no se cambió</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="103" />
            <source>{column} is not as its table allows ({detail})</source>
            <translation>{column} no es como lo permite su tabla ({detail})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="104" />
            <source>a value</source>
            <translation>un valor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="105" />
            <source>{record}: {problem}</source>
            <translation>{record}: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="46" />
            <source>it has a half-year target but no numeric target</source>
            <translation>tiene meta semestral pero no una meta numérica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="49" />
            <source>its half-year target {half} is more than its target {target}</source>
            <translation>su meta semestral {half} es mayor que su meta {target}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="51" />
            <source>its half-year targets {first} + {second} do not add up to its target {target}</source>
            <translation>sus metas semestrales {first} + {second} no suman su meta {target}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/rows.py" line="68" />
            <source>{record}: it has the wrong number of values</source>
            <translation>{record}: tiene un número incorrecto de valores</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/rows.py" line="79" />
            <source>it appears twice</source>
            <translation>aparece dos veces</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="72" />
            <source>{column} is missing</source>
            <translation>falta {column}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="76" />
            <source>{column} {value} is not a whole number</source>
            <translation>{column} {value} no es un número entero</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="78" />
            <source>{column} {value} is not 0 or 1</source>
            <translation>{column} {value} no es 0 ni 1</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="80" />
            <source>{column} {value} is not one of {choices}</source>
            <translation>{column} {value} no es uno de {choices}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="83" />
            <source>{column} {value} is not between {low} and {high}</source>
            <translation>{column} {value} no está entre {low} y {high}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="88" />
            <source>{column} {value} is not a number</source>
            <translation>{column} {value} no es un número</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="94" />
            <source>{column} {value} is not text</source>
            <translation>{column} {value} no es texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="97" />
            <source>{column} is {length} characters long; at most {limit} are allowed</source>
            <translation>{column} tiene {length} caracteres; se permiten como máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="105" />
            <source>{column} {value} is not a list of texts</source>
            <translation>{column} {value} no es una lista de textos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="114" />
            <source>{column} {value} is not an identifier (8-4-4-4-12 lowercase hexadecimal)</source>
            <translation>{column} {value} no es un identificador (8-4-4-4-12 hexadecimal en minúsculas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="119" />
            <source>{column} {value} is not a file checksum (64 lowercase hexadecimal characters)</source>
            <translation>{column} {value} no es una suma de verificación de archivo (64 caracteres hexadecimales en minúsculas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="124" />
            <source>{column} {value} is not a date</source>
            <translation>{column} {value} no es una fecha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="130" />
            <source>{column} {value} is outside the years {first} to {last}</source>
            <translation>{column} {value} está fuera de los años {first} a {last}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="135" />
            <source>{column} {value} is not a time stamp</source>
            <translation>{column} {value} no es una marca de tiempo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="137" />
            <source>{column} {value} is later than this computer's clock allows</source>
            <translation>{column} {value} es posterior a lo que permite el reloj de esta computadora</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="15" />
            <source>Mission</source>
            <translation>Misión</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="16" />
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="17" />
            <source>Training course</source>
            <translation>Curso de capacitación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="18" />
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="19" />
            <source>Assessment</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="20" />
            <source>Conference</source>
            <translation>Conferencia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="21" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="22" />
            <source>Webinar</source>
            <translation>Seminario web</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="23" />
            <source>Technical assistance</source>
            <translation>Asistencia técnica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="26" />
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="27" />
            <source>Completed</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="28" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="29" />
            <source>Postponed</source>
            <translation>Aplazado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="32" />
            <source>In person</source>
            <translation>Presencial</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="33" />
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="34" />
            <source>Hybrid</source>
            <translation>Híbrida</translation>
        </message>
    </context>
    <context>
        <name>Work</name>
        <message>
            <location filename="../../cicte_desktop/views/tasks.py" line="220" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/tasks.py" line="237" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>WorkPlan</name>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="102" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="108" />
            <source>there is no work plan for {year} (work plans: {years})</source>
            <translation>no hay plan de trabajo para {year} (planes de trabajo: {years})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="119" />
            <source>the period {start} to {end} covers the work plans of {years}: figures are measured against one year's plan, so choose a period within one of these years</source>
            <translation>el período del {start} al {end} abarca los planes de trabajo de {years}: las cifras se miden contra el plan de un solo año, así que elija un período dentro de uno de esos años</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanTreeModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="243" />
            <source>Work plan</source>
            <translation>Plan de Trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="246" />
            <source>Work areas, programs, projects and planned activities of the approved work plan</source>
            <translation>Áreas de trabajo, programas, proyectos y actividades previstas del Plan de Trabajo aprobado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="247" />
            <source>The target as the work plan states it; for work areas, programs and projects, the sum of the numeric targets below them (of different units)</source>
            <translation>La meta tal como figura en el Plan de Trabajo; para áreas de trabajo, programas y proyectos, la suma de las metas numéricas que abarcan (en unidades distintas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="249" />
            <source>Units of completed events counted toward the item (each event counts 1 unless set otherwise), under the current filters; for parents, everything below them, activities without a numeric target and surpluses included</source>
            <translation>Unidades de los eventos realizados que cuentan para el elemento (cada evento cuenta 1 salvo que se indique otra cosa), con los filtros actuales; para los niveles superiores, todo lo que abarcan, incluidas las actividades sin meta numérica y los excedentes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="252" />
            <source>The member state's share of the units achieved under the plan by every member state, under the same filters (a contribution, not progress against the hemisphere-wide target)</source>
            <translation>La parte del Estado Miembro en las unidades logradas en el plan por todos los Estados Miembros, con los mismos filtros (una contribución, no el avance frente a la meta hemisférica)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="255" />
            <source>Share of the numeric targets met; each activity counts up to its own target, so a surplus in one does not hide a shortfall in another</source>
            <translation>Proporción de las metas numéricas cumplidas; cada actividad cuenta hasta su propia meta, de modo que el excedente de una no oculta el déficit de otra</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="257" />
            <source>Events logged under the item, of any status, under the current filters</source>
            <translation>Eventos registrados en el elemento, en cualquier estado, con los filtros actuales</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="304" />
            <source>Upon request</source>
            <translation>A solicitud</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="305" />
            <source>No target</source>
            <translation>Sin meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="322" />
            <source>{count} matching events</source>
            <translation>{count} eventos coincidentes</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Meta</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Logrado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="vanished">Avance</translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="vanished">Eventos</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="vanished">{percent}%</translation>
        </message>
        <message>
            <source>{toward} of {target} met ({percent}%); {achieved} in all</source>
            <translation type="vanished">{toward} de {target} cumplidas ({percent}%); {achieved} en total</translation>
        </message>
        <message numerus="yes">
            <source>%n target unit(s)</source>
            <translation type="vanished">
                <numerusform>%n unidad de la meta</numerusform>
                <numerusform>%n unidades de la meta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved</source>
            <translation type="vanished">
                <numerusform>%n unidad lograda</numerusform>
                <numerusform>%n unidades logradas</numerusform>
            </translation>
        </message>
        <message>
            <source>No numeric target: see the events and achieved units</source>
            <translation type="vanished">Sin meta numérica: vea los eventos y las unidades logradas</translation>
        </message>
        <message>
            <source>{toward} of {target} target units met ({percent}%); {achieved} units achieved in all</source>
            <translation type="vanished">{toward} de {target} unidades de la meta cumplidas ({percent}%); {achieved} unidades logradas en total</translation>
        </message>
    </context>
    <context>
        <name>WorkbooksController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="57" />
            <source>Wrote {path}: {events}.</source>
            <translation>Se escribió {path}: {events}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="58" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n evento</numerusform>
                <numerusform>%n eventos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="60" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="63" />
            <source>Cannot export this period</source>
            <translation>No se puede exportar este período</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="67" />
            <source>The export failed</source>
            <translation>Error en la exportación</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="67" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>No se pudo escribir {path} ({detail}). No quedó ningún archivo parcial.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="72" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="75" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: no se escribió ningún archivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="78" />
            <source>Import events from Excel</source>
            <translation>Importar eventos de Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="79" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="108" />
            <source>Cannot import this file</source>
            <translation>No se puede importar este archivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="111" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="112" />
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="123" />
            <source>{created}, {changed}.</source>
            <translation>{created}, {changed}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="124" />
            <source>%n event(s) created</source>
            <translation>
                <numerusform>%n evento creado</numerusform>
                <numerusform>%n eventos creados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="124" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificado</numerusform>
                <numerusform>%n modificados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="132" />
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="136" />
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="140" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importación cancelada: no se importó nada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="163" />
            <source>The work plan was not created</source>
            <translation>No se creó el plan de trabajo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="166" />
            <source>Started the {year} work plan from the {source} plan.</source>
            <translation>Se inició el plan de trabajo {year} a partir del plan {source}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="196" />
            <source>Export Plan Workbook</source>
            <translation>Exportar libro del plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="196" />
            <source>Work plan {year}.xlsx</source>
            <translation>Plan de trabajo {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="212" />
            <source>Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then import it with Plan &gt; Import Plan Workbook….</source>
            <translation>Se escribió {path}: {items} del plan de trabajo {year}. Edítelo en Excel (su hoja Cómo usarlo explica cómo) e impórtelo con Plan &gt; Importar libro del plan….</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="215" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n elemento</numerusform>
                <numerusform>%n elementos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="228" />
            <source>Import Plan Workbook</source>
            <translation>Importar libro del plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="229" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="269" />
            <source>{added}, {changed}, {retired}.</source>
            <translation>{added}, {changed}, {retired}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="270" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="271" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retirado</numerusform>
                <numerusform>%n retirados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="272" />
            <source>Created the {year} work plan: {changes}</source>
            <translation>Se creó el plan de trabajo {year}: {changes}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="273" />
            <source>Changed the {year} work plan: {changes}</source>
            <translation>Se modificó el plan de trabajo {year}: {changes}</translation>
        </message>
    </context>
</TS>
