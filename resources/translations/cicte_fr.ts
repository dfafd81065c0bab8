<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActivityPicker</name>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="93" />
            <source>{label} (retired)</source>
            <translation>{label} (retirée)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="165" />
            <source>Type a code or words of the project or activity to find it</source>
            <translation>Saisissez un code ou des mots du projet ou de l’activité pour la trouver</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="170" />
            <source>Show the list of planned activities (Alt+Down)</source>
            <translation>Afficher la liste des activités prévues (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="175" />
            <source>Show the whole plan</source>
            <translation>Afficher tout le plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="287" />
            <source>Listing only the activities under {item}.</source>
            <translation>Seules les activités de {item} sont listées.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="294" />
            <source>No planned activity matches “{text}”.</source>
            <translation>Aucune activité prévue ne correspond à « {text} ».</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../cicte_desktop/app.py" line="99" />
            <source>Cannot connect to the server</source>
            <translation>Impossible de se connecter au serveur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="103" />
            <source>Nothing was saved</source>
            <translation>Rien n’a été enregistré</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="106" />
            <source>(no log file: the data folder is not writable)</source>
            <translation>(aucun fichier journal : le dossier de données n'est pas accessible en écriture)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="109" />
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="110" />
            <source>Something went wrong: {error}

Your saved data is safe. The details were written to {log}; please send that file to support. You can keep working.</source>
            <translation>Une erreur s'est produite : {error}

Vos données enregistrées sont intactes. Les détails ont été consignés dans {log} ; veuillez transmettre ce fichier à l'assistance. Vous pouvez continuer à travailler.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="vanished">Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>The file that could not be opened was kept as {aside}. The backup of {when} is now open in its place.</source>
            <translation type="vanished">Le fichier qui n'a pas pu être ouvert a été conservé sous le nom {aside}. La sauvegarde du {when} est maintenant ouverte à sa place.</translation>
        </message>
        <message>
            <source>{path} was left as it is. The backup of {when} is open from {target}; open that file again next time (File &gt; Open Database).</source>
            <translation type="vanished">{path} n'a pas été modifié. La sauvegarde du {when} est ouverte depuis {target} ; ouvrez de nouveau ce fichier la prochaine fois (Fichier &gt; Ouvrir la base de données).</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation type="vanished">Ouvrir une base de données</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation type="vanished">Bases de données CICTE (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="129" />
            <source>{name} has no worksheet.</source>
            <translation>{name} ne contient aucune feuille de calcul.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="134" />
            <source>{name} was refused: its first sheet has more than {count} rows, far more than an attendance list.</source>
            <translation>{name} a été refusé : sa première feuille a plus de {count} lignes, bien plus qu’une liste de présence.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="148" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>{name} n'a pas pu être lu comme classeur Excel (.xlsx) : {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="179" />
            <source>No column of {name} is headed with a name (Name, Nombre...) in its first rows: is it an attendance list?</source>
            <translation>Aucune colonne de {name} n'a d'en-tête de nom (Nom, Name, Nombre…) dans ses premières lignes : s'agit-il bien d'une feuille de présence ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="315" />
            <source>blank row</source>
            <translation>ligne vide</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="319" />
            <source>subtotal row</source>
            <translation>ligne de sous-total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="321" />
            <source>total row</source>
            <translation>ligne de total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="323" />
            <source>only a number, no person</source>
            <translation>seulement un numéro, aucune personne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="326" />
            <source>heading or note, not a person</source>
            <translation>intitulé ou note, pas une personne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="341" />
            <source>title above the column headings</source>
            <translation>titre au-dessus des en-têtes de colonne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="343" />
            <source>column headings</source>
            <translation>en-têtes de colonne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="377" />
            <source>no name</source>
            <translation>nom manquant</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="383" />
            <source>“{name}” starts with “{sign}”, like a spreadsheet formula: skipped unless you keep it</source>
            <translation>« {name} » commence par « {sign} », comme une formule de tableur : ignoré sauf si vous le gardez</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="386" />
            <source>“{name}” starts with “{sign}”, like a spreadsheet formula: kept as text</source>
            <translation>« {name} » commence par « {sign} », comme une formule de tableur : gardé comme texte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="393" />
            <source>“{name}” holds a control character: skipped unless you keep it</source>
            <translation>« {name} » contient un caractère de contrôle : ignoré sauf si vous le gardez</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="396" />
            <source>“{name}” held a control character: kept without it</source>
            <translation>« {name} » contenait un caractère de contrôle : gardé sans lui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="400" />
            <source>{name} is already on the roster</source>
            <translation>{name} figure déjà dans la liste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="402" />
            <source>{name} is listed twice in the sheet (also row {row})</source>
            <translation>{name} figure deux fois dans la feuille (aussi à la ligne {row})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="409" />
            <source>sex blank: imported as not recorded</source>
            <translation>sexe vide : importé comme non renseigné</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="411" />
            <source>sex “{value}” not understood: imported as not recorded</source>
            <translation>sexe « {value} » non compris : importé comme non renseigné</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="417" />
            <source>country “{value}” is not a member state: kept as typed</source>
            <translation>le pays « {value} » n’est pas un État membre : gardé tel quel</translation>
        </message>
        <message>
            <source>sex “{value}” not understood (use F/M, Mujer/Hombre...)</source>
            <translation type="vanished">sexe « {value} » non reconnu (utiliser F/M, Femme/Homme…)</translation>
        </message>
    </context>
    <context>
        <name>AttendanceImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="130" />
            <source>Import attendance sheet — {name}</source>
            <translation>Importer une feuille de présence — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="137" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="137" />
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="137" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="138" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="140" />
            <source>Columns of the sheet (headings in row {row})</source>
            <translation>Colonnes de la feuille (en-têtes à la ligne {row})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="147" />
            <source>(not in the sheet)</source>
            <translation>(absent de la feuille)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="150" />
            <source>Column {number}</source>
            <translation>Colonne {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="165" />
            <source>Rows of the sheet</source>
            <translation>Lignes de la feuille</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="184" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Problems</source>
            <translation>Problèmes</translation>
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
            <translation>non renseigné</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="222" />
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="225" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="229" />
            <source>{problem}: {text}</source>
            <translation>{problem} : {text}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="237" />
            <source>In the sheet: {value}</source>
            <translation>Dans la feuille : {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="251" />
            <source>Keep this name as text</source>
            <translation>Garder ce nom comme texte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="271" />
            <source>{good} ({warned}); {skipped}. Nothing is saved until you save the event.</source>
            <translation>{good} ({warned}) ; {skipped}. Rien n’est enregistré tant que vous n’enregistrez pas l’événement.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="272" />
            <source>%n person(people) will be added to the roster</source>
            <translation>
                <numerusform>%n personne sera ajoutée à la liste</numerusform>
                <numerusform>%n personnes seront ajoutées à la liste</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="273" />
            <source>%n with something to check</source>
            <translation>
                <numerusform>%n avec quelque chose à vérifier</numerusform>
                <numerusform>%n avec quelque chose à vérifier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="274" />
            <source>%n row(s) of the sheet will be skipped, each with why</source>
            <translation>
                <numerusform>%n ligne de la feuille sera ignorée, avec la raison</numerusform>
                <numerusform>%n lignes de la feuille seront ignorées, chacune avec la raison</numerusform>
            </translation>
        </message>
        <message>
            <source>To add to the roster: {good} (with something to check: {warned}). Rows of the sheet skipped, each with why: {skipped}. Nothing is saved until you save the event.</source>
            <translation type="vanished">À ajouter à la liste : {good} (avec quelque chose à vérifier : {warned}). Lignes de la feuille ignorées, chacune avec la raison : {skipped}. Rien n’est enregistré avant que vous enregistriez l’événement.</translation>
        </message>
        <message>
            <source>Columns of the sheet</source>
            <translation type="vanished">Colonnes de la feuille</translation>
        </message>
        <message>
            <source>{good} people will be added to the roster; {skipped} rows with problems will be skipped. Nothing is saved until you save the event.</source>
            <translation type="vanished">{good} personnes seront ajoutées à la liste ; {skipped} lignes comportant des problèmes seront ignorées. Rien n'est enregistré tant que vous n'enregistrez pas l'événement.</translation>
        </message>
        <message>
            <source>{good}; {skipped}. Nothing is saved until you save the event.</source>
            <translation type="vanished">{good} ; {skipped}. Rien n'est enregistré tant que vous n'enregistrez pas l'événement.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems will be skipped</source>
            <translation type="vanished">
                <numerusform>%n ligne comportant des problèmes sera ignorée</numerusform>
                <numerusform>%n lignes comportant des problèmes seront ignorées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="73" />
            <source>{target} is the database being copied: a backup cannot be written over the database itself. Choose another file.</source>
            <translation>{target} est la base de données copiée : une sauvegarde ne peut pas être écrite sur la base de données elle-même. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="78" />
            <source>The copy to {target} could not be written ({detail}). Nothing was changed; check that the disk or USB stick has room and is still connected.</source>
            <translation>La copie vers {target} n'a pas pu être écrite ({detail}). Rien n'a été modifié ; vérifiez que le disque ou la clé USB dispose d'espace libre et est toujours connecté.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="84" />
            <source>Another program is using {path} and did not let go of it within {seconds} seconds, so nothing was copied or changed. Close the other program and try again.</source>
            <translation>Un autre programme utilise {path} et ne l’a pas libéré en {seconds} secondes ; rien n’a donc été copié ni modifié. Fermez l’autre programme et réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="112" />
            <source>{path} is not a file.</source>
            <translation>{path} n'est pas un fichier.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="116" />
            <source>{path} is an empty database, not a backup.</source>
            <translation>{path} est une base de données vide, et non une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="257" />
            <source>{backup} is the database itself: choose a backup file to restore.</source>
            <translation>{backup} est la base de données elle-même : choisissez un fichier de sauvegarde à restaurer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="260" />
            <source>{problem} Restoring would replace it, so nothing was changed.</source>
            <translation>{problem} La restauration le remplacerait ; rien n’a donc été modifié.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="281" />
            <source>{problem} The database is as it was.</source>
            <translation>{problem} La base de données est restée telle quelle.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="283" />
            <source>{path} could not be restored ({detail}); it is as it was.</source>
            <translation>{path} n'a pas pu être restauré ({detail}) ; il est resté inchangé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="301" />
            <source>{path} could not be kept before restoring ({detail}); nothing was changed.</source>
            <translation>{path} n’a pas pu être conservé avant la restauration ({detail}) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="348" />
            <source>Integrity: ok</source>
            <translation>Intégrité : correcte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="351" />
            <source>Integrity: %n problem(s)</source>
            <translation>
                <numerusform>Intégrité : %n problème</numerusform>
                <numerusform>Intégrité : %n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="356" />
            <source>References: %n row(s) point to missing rows</source>
            <translation>
                <numerusform>Références : %n ligne renvoie à des lignes manquantes</numerusform>
                <numerusform>Références : %n lignes renvoient à des lignes manquantes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="359" />
            <source>References: ok</source>
            <translation>Références : correctes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="360" />
            <source>Schema revision: {revision}</source>
            <translation>Révision du schéma : {revision}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="362" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="362" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="370" />
            <source>Integrity: the file is damaged ({detail})</source>
            <translation>Intégrité : le fichier est endommagé ({detail})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="101" />
            <source>The table {table} is not the same on the server as in the file, so nothing was copied; both must be at the same version of CICTE Desktop (run upgrade).</source>
            <translation>La table {table} n’est pas la même sur le serveur et dans le fichier ; rien n’a donc été copié. Les deux doivent être à la même version de CICTE Desktop (exécutez upgrade).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="210" />
            <source>Nothing was written.</source>
            <translation>Rien n’a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="225" />
            <source>Other work on {name} (program managers saving, or the server's maintenance) went on the whole time, so it could not be done. {outcome} Try again in a moment.</source>
            <translation>D’autres travaux sur {name} (des gestionnaires de programme qui enregistraient, ou la maintenance du serveur) ont duré tout ce temps ; l’opération n’a donc pas pu se faire. {outcome} Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="229" />
            <source>The server refused it ({detail}). {outcome}</source>
            <translation>Le serveur l’a refusé ({detail}). {outcome}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="252" />
            <source>{backup} could not be copied to bring it to this version ({detail}), so nothing was restored.</source>
            <translation>{backup} n’a pas pu être copiée pour la mettre à cette version ({detail}) ; rien n’a donc été restauré.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="272" />
            <source>The database {name} is not ready for this version of CICTE Desktop, so nothing was restored: run cicte-desktop --db {url} upgrade first.</source>
            <translation>La base de données {name} n’est pas prête pour cette version de CICTE Desktop ; rien n’a donc été restauré. Exécutez d’abord cicte-desktop --db {url} upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="315" />
            <source>Nothing was restored: the database is as it was.</source>
            <translation>Rien n’a été restauré : la base de données est telle qu’elle était.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="317" />
            <source>Whether the restore took effect is not known; the database as it was is kept in {kept}.</source>
            <translation>On ne sait pas si la restauration a pris effet ; la base de données telle qu’elle était est conservée dans {kept}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="324" />
            <source>{backup} could not be read ({detail}). {outcome}</source>
            <translation>{backup} n’a pas pu être lue ({detail}). {outcome}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="369" />
            <source>The server lets only the owner of the database's tables restore it (the role that ran upgrade), so nothing was restored. Ask the database administrator.</source>
            <translation>Le serveur ne permet la restauration qu’au propriétaire des tables de la base de données (le rôle qui a exécuté upgrade) ; rien n’a donc été restauré. Adressez-vous à l’administrateur de la base de données.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_backup.py" line="410" />
            <source>{backup} has %n row(s) that point to missing rows, which the server does not take, so nothing was restored. Restore it onto a laptop instead, where the check of the database says which.</source>
            <translation>
                <numerusform>{backup} a %n ligne qui renvoie à des lignes manquantes, ce que le serveur n’accepte pas ; rien n’a donc été restauré. Restaurez-la plutôt sur un ordinateur portable, où la vérification de la base de données indique laquelle.</numerusform>
                <numerusform>{backup} a %n lignes qui renvoient à des lignes manquantes, ce que le serveur n’accepte pas ; rien n’a donc été restauré. Restaurez-la plutôt sur un ordinateur portable, où la vérification de la base de données indique lesquelles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="414" />
            <source>{backup} is a backup of a laptop ({device}): restored here, headquarters' database would become that laptop's, its identity and role with it, so nothing was restored. Bring the laptop's work in with its field package instead; to replace headquarters' database all the same, run cicte-desktop --db URL restore FILE --force.</source>
            <translation>{backup} est une sauvegarde d’un ordinateur portable ({device}) : restaurée ici, la base de données du siège deviendrait celle de cet ordinateur, avec son identité et son rôle ; rien n’a donc été restauré. Intégrez plutôt le travail de cet ordinateur avec son paquet de terrain ; pour remplacer malgré tout la base de données du siège, exécutez cicte-desktop --db URL restore FILE --force.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="462" />
            <source>The server took {found} rows of {table} where the backup holds {expected}, so nothing was restored.</source>
            <translation>Le serveur a reçu {found} lignes de {table} alors que la sauvegarde en contient {expected} ; rien n’a donc été restauré.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="68" />
            <source>Server: PostgreSQL {version}</source>
            <translation>Serveur : PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="73" />
            <source>Schema: none. This is not a CICTE Desktop database yet: run upgrade.</source>
            <translation>Schéma : aucun. Ce n’est pas encore une base de données CICTE Desktop : exécutez upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="76" />
            <source>Schema revision: {revision}, of a newer version of CICTE Desktop: install it to check this database.</source>
            <translation>Révision du schéma : {revision}, d’une version plus récente de CICTE Desktop : installez-la pour vérifier cette base de données.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="81" />
            <source>Schema revision: {revision}; this version needs {head}: run upgrade.</source>
            <translation>Révision du schéma : {revision} ; cette version a besoin de la {head} : exécutez upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="96" />
            <source>The check did not finish.</source>
            <translation>La vérification ne s’est pas terminée.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="124" />
            <source>  The server does not check some references: their triggers are disabled.</source>
            <translation>  Le serveur ne vérifie pas certaines références : leurs déclencheurs sont désactivés.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="139" />
            <source>Change log and search triggers: ok</source>
            <translation>Déclencheurs du journal des modifications et de la recherche : corrects</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="142" />
            <source>Change log and search triggers: missing: {names}</source>
            <translation>Déclencheurs du journal des modifications et de la recherche : manquants : {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="144" />
            <source>Change log and search triggers: disabled: {names}</source>
            <translation>Déclencheurs du journal des modifications et de la recherche : désactivés : {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="155" />
            <source>Indexes: ok</source>
            <translation>Index : corrects</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="156" />
            <source>Indexes: unusable: {names}</source>
            <translation>Index : inutilisables : {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="175" />
            <source>Search index: ok</source>
            <translation>Index de recherche : correct</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_check.py" line="176" />
            <source>Search index: %n record(s) missing or out of date: searches do not find them as they are</source>
            <translation>
                <numerusform>Index de recherche : %n enregistrement manquant ou périmé : les recherches ne le trouvent pas tel qu’il est</numerusform>
                <numerusform>Index de recherche : %n enregistrements manquants ou périmés : les recherches ne les trouvent pas tels qu’ils sont</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="189" />
            <source>Sort order: {collation}, as on the laptops</source>
            <translation>Ordre de tri : {collation}, comme sur les ordinateurs portables</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="190" />
            <source>Sort order: {collation}; lists would not come out in the laptops' order</source>
            <translation>Ordre de tri : {collation} ; les listes ne sortiraient pas dans l’ordre des ordinateurs portables</translation>
        </message>
        <message>
            <source>Other program managers were saving on {name} the whole time, so it could not be done. {outcome} Try again in a moment.</source>
            <translation type="vanished">D’autres gestionnaires de programme enregistraient sur {name} pendant tout ce temps ; l’opération n’a donc pas pu se faire. {outcome} Réessayez dans un instant.</translation>
        </message>
        <message numerus="yes">
            <source>The server database has %n row(s) that point to missing rows, so no backup was written; the check of the database says which.</source>
            <translation type="vanished">
                <numerusform>La base de données du serveur a %n ligne qui renvoie à des lignes manquantes ; aucune sauvegarde n’a donc été écrite. La vérification de la base de données indique laquelle.</numerusform>
                <numerusform>La base de données du serveur a %n lignes qui renvoient à des lignes manquantes ; aucune sauvegarde n’a donc été écrite. La vérification de la base de données indique lesquelles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Another program manager is saving on {name} and was not done within {seconds} seconds, so nothing was restored. Try again in a moment.</source>
            <translation type="vanished">Un autre gestionnaire de programme enregistre sur {name} et n’avait pas fini au bout de {seconds} secondes ; rien n’a donc été restauré. Réessayez dans un instant.</translation>
        </message>
        <message>
            <source>Integrity: {count} problems</source>
            <translation type="vanished">Intégrité : {count} problèmes</translation>
        </message>
        <message>
            <source>References: {count} rows point to missing rows</source>
            <translation type="vanished">Références : {count} lignes renvoient à des lignes manquantes</translation>
        </message>
    </context>
    <context>
        <name>BrowseController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="90" />
            <source>{path} is on read-only media: you can view it, check it and export from it, but changes cannot be saved. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} se trouve sur un support en lecture seule : vous pouvez le consulter, le vérifier et en exporter des données, mais les modifications ne peuvent pas être enregistrées. Pour le modifier, copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="103" />
            <source>{year} Work Plan</source>
            <translation>Plan de travail {year}</translation>
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
                <numerusform>%n domaine d'action</numerusform>
                <numerusform>%n domaines d'action</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="125" />
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n programme</numerusform>
                <numerusform>%n programmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="126" />
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n projet</numerusform>
                <numerusform>%n projets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="127" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n activité prévue</numerusform>
                <numerusform>%n activités prévues</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="166" />
            <source>No plan items or events match “{text}”.</source>
            <translation>Aucun élément du plan ni événement ne correspond à « {text} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="167" />
            <source>The search finds words that start with what you type in the plan, in the events' titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).</source>
            <translation>La recherche trouve les mots qui commencent par ce que vous tapez dans le plan, dans les titres, lieux, formateurs et notes des événements, et les États membres par leur nom ou leur code (Jamaïque, JAM).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="170" />
            <source>Only events under the current filters are searched: Reset Filters (Ctrl+Shift+R) searches them all.</source>
            <translation>Seuls les événements retenus par les filtres actuels sont recherchés : Réinitialiser les filtres (Ctrl+Maj+R) les recherche tous.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="173" />
            <source>No plan items match “{text}”.</source>
            <translation>Aucun élément du plan ne correspond à « {text} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="174" />
            <source>Type at least {count} letters to search the events too.</source>
            <translation>Saisissez au moins {count} lettres pour rechercher aussi dans les événements.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Work area</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="343" />
            <source>Planned activity</source>
            <translation>Activité prévue</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="346" />
            <source>Upon request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="347" />
            <source>no numeric target</source>
            <translation>sans objectif chiffré</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="369" />
            <source>No events under this item match “{text}”.</source>
            <translation>Aucun événement de cet élément ne correspond à « {text} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="371" />
            <source>No events under this item match the filters. Widen the dates or choose Reset Filters (Ctrl+Shift+R).</source>
            <translation>Aucun événement de cet élément ne correspond aux filtres. Élargissez les dates ou choisissez Réinitialiser les filtres (Ctrl+Maj+R).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="374" />
            <source>No events logged under this {kind} in {year} yet — press Ctrl+N to log one.</source>
            <translation>Aucun événement encore consigné sous cet élément ({kind}) en {year} — appuyez sur Ctrl+N pour en consigner un.</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="297" />
            <source>Show as table</source>
            <translation>Afficher en tableau</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="301" />
            <source>Save as PNG…</source>
            <translation>Enregistrer en PNG…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="303" />
            <source>Save as SVG…</source>
            <translation>Enregistrer en SVG…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="307" />
            <source>Save…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="308" />
            <source>Save this chart as a PNG or SVG image</source>
            <translation>Enregistrer ce graphique comme image PNG ou SVG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="362" />
            <source>Show as chart</source>
            <translation>Afficher en graphique</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="410" />
            <source>The image could not be written.</source>
            <translation>L'image n'a pas pu être écrite.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="431" />
            <source>Save chart as PNG</source>
            <translation>Enregistrer le graphique en PNG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="431" />
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="433" />
            <source>Save chart as SVG</source>
            <translation>Enregistrer le graphique en SVG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="433" />
            <source>SVG images (*.svg)</source>
            <translation>Images SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="442" />
            <source>The chart was not saved</source>
            <translation>Le graphique n'a pas été enregistré</translation>
        </message>
    </context>
    <context>
        <name>ColumnFit</name>
        <message>
            <location filename="../../cicte_desktop/views/header_fit.py" line="50" />
            <source>Fit Columns to Width</source>
            <translation>Ajuster les colonnes à la largeur</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="25" />
            <source>{path}: saved {when} on {device}; {events}, {people} (schema {revision})</source>
            <translation>{path} : enregistré le {when} sur {device} ; {events}, {people} (schéma {revision})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="27" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
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
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="46" />
            <source>{path} does not exist; there is nothing to check.</source>
            <translation>{path} n’existe pas ; il n’y a rien à vérifier.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="59" />
            <source>cicte-desktop: error: {message}</source>
            <translation>cicte-desktop : erreur : {message}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="60" />
            <source>To replace it anyway (it is kept in the backups folder first), add --force.</source>
            <translation>Pour le remplacer quand même (il est d’abord conservé dans le dossier des sauvegardes), ajoutez --force.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="62" />
            <source>Restored into {path}; the database as it was is kept in {kept}.</source>
            <translation>Restauré dans {path} ; la base de données antérieure est conservée dans {kept}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="98" />
            <source>Note: %n row(s) of the database point to records that are missing; check tells which.</source>
            <translation>
                <numerusform>Remarque : %n ligne de la base de données renvoie à des enregistrements manquants ; check indique laquelle.</numerusform>
                <numerusform>Remarque : %n lignes de la base de données renvoient à des enregistrements manquants ; check indique lesquelles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="40" />
            <source>cicte-desktop: error: {problem}</source>
            <translation>cicte-desktop : erreur : {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="66" />
            <source>cicte-desktop: error: there is no work plan for {year}</source>
            <translation>cicte-desktop : erreur : il n'existe pas de plan de travail pour {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="73" />
            <source>cicte-desktop: error: an unexpected problem stopped the command ({detail}); the log in the data folder has the details.</source>
            <translation>cicte-desktop : erreur : un problème inattendu a arrêté la commande ({detail}) ; le journal du dossier de données en donne les détails.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="85" />
            <source>--to needs --from</source>
            <translation>--to exige --from</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="94" />
            <source>the period ends before it starts</source>
            <translation>la période se termine avant de commencer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="105" />
            <source>cicte-desktop: error: there is no member state with the code {code} (use ISO codes such as JAM or TTO)</source>
            <translation>cicte-desktop : erreur : il n’y a aucun État membre avec le code {code} (utilisez des codes ISO comme JAM ou TTO)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="112" />
            <source>cicte-desktop: error: the work plan for {year} has no work area {number} (it has {numbers})</source>
            <translation>cicte-desktop : erreur : le plan de travail {year} n’a pas de domaine de travail {number} (il a {numbers})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/demo.py" line="32" />
            <source>Added the {year} work plan, carried over from the year before with a few targets changed.</source>
            <translation>Plan de travail {year} ajouté, reporté de l’année précédente avec quelques objectifs modifiés.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/demo.py" line="35" />
            <source>No work plans were added for later years: only headquarters makes work plans (cicte-desktop device role headquarters). Events of later years count toward the latest plan before them.</source>
            <translation>Aucun plan de travail n’a été ajouté pour les années suivantes : seul le siège crée les plans de travail (cicte-desktop device role headquarters). Les événements des années suivantes comptent pour le dernier plan antérieur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/demo.py" line="38" />
            <source>Added %n demo event(s) to {path} in {seconds:.1f} s.</source>
            <translation>
                <numerusform>%n événement de démonstration ajouté à {path} en {seconds:.1f} s.</numerusform>
                <numerusform>%n événements de démonstration ajoutés à {path} en {seconds:.1f} s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="41" />
            <source>Wrote {path}: {events}{people}.</source>
            <translation>{path} écrit : {events}{people}.</translation>
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
                <numerusform>%n nouveau</numerusform>
                <numerusform>%n nouveaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="60" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="61" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n inchangé</numerusform>
                <numerusform>%n inchangés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="62" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n avec problèmes</numerusform>
                <numerusform>%n avec problèmes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="65" />
            <source>  row {row}: {problems}</source>
            <translation>  ligne {row} : {problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="67" />
            <source>Nothing was imported.</source>
            <translation>Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="70" />
            <source>Nothing to import: every event of the workbook is here already, as it is there.</source>
            <translation>Rien à importer : tous les événements du classeur sont déjà ici, tels qu’ils y sont.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="71" />
            <source>Nothing to import: the workbook's Events sheet lists no events.</source>
            <translation>Rien à importer : la feuille Événements du classeur ne contient aucun événement.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>Imported: {created}, {changed}.</source>
            <translation>Importation : {created}, {changed}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>%n event(s) created</source>
            <translation>
                <numerusform>%n événement créé</numerusform>
                <numerusform>%n événements créés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="101" />
            <source>{name}: headings in row {row}; to import: {good}, to skip: {skipped}</source>
            <translation>{name} : en-têtes à la ligne {row} ; à importer : {good}, à ignorer : {skipped}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="104" />
            <source>  column {column} “{header}”: {field}</source>
            <translation>  colonne {column} « {header} » : {field}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="106" />
            <source>import</source>
            <translation>importer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="106" />
            <source>skip</source>
            <translation>ignorer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="108" />
            <source>  row {row}: {decision}{who}{problems}</source>
            <translation>  ligne {row} : {decision}{who}{problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/main.py" line="86" />
            <source>cicte-desktop: error: argument --lang: invalid choice: {value!r} (choose from en, es, fr, pt)</source>
            <translation>cicte-desktop : erreur : argument --lang : choix non valide : {value!r} (choisir parmi en, es, fr, pt)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/main.py" line="142" />
            <source>cicte-desktop: interrupted.</source>
            <translation>cicte-desktop : interrompu.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="38" />
            <source>{problem} Give one with --passphrase-file, or write it unprotected with --no-passphrase.</source>
            <translation>{problem} Indiquez-en une avec --passphrase-file, ou écrivez-le sans protection avec --no-passphrase.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="40" />
            <source>Wrote {path} for {destination}: {events}, {records}, {files}{protected}.</source>
            <translation>{path} écrit pour {destination} : {events}, {records}, {files}{protected}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n enregistrement au total</numerusform>
                <numerusform>%n enregistrements au total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>, protected with a passphrase</source>
            <translation>, protégé par une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="56" />
            <source>From {device}: {new}, {updated}, {deleted}, {unchanged}, {conflicts}</source>
            <translation>En provenance de {device} : {new}, {updated}, {deleted}, {unchanged}, {conflicts}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n supprimé</numerusform>
                <numerusform>%n supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="60" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="62" />
            <source>keeps this database's version</source>
            <translation>conserve la version de cette base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="62" />
            <source>takes the package's version</source>
            <translation>prend la version du paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="64" />
            <source>  conflict: {kind} “{label}” ({fields}): {kept}, the newer one</source>
            <translation>  conflit : {kind} « {label} » ({fields}) : {kept}, la plus récente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="68" />
            <source>only headquarters may change it</source>
            <translation>seul le siège peut le modifier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="69" />
            <source>its reporting period is locked</source>
            <translation>sa période de rapport est verrouillée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="70" />
            <source>  refused: {kind} “{label}” ({why})</source>
            <translation>  refusé : {kind} « {label} » ({why})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="72" />
            <source>This package was imported before, on {when}.</source>
            <translation>Ce paquet a déjà été importé, le {when}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="80" />
            <source>Dry run: nothing was written.</source>
            <translation>Simulation : rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="83" />
            <source>Imported: {new}, {updated}, {deleted}, {conflicts}, {files}.</source>
            <translation>Importation : {new}, {updated}, {deleted}, {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflit résolu</numerusform>
                <numerusform>%n conflits résolus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n fichier enregistré</numerusform>
                <numerusform>%n fichiers enregistrés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="98" />
            <source>{name} is {role}; its fingerprint is {fingerprint}.</source>
            <translation>{name} est {role} ; son empreinte est {fingerprint}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="112" />
            <source>Give it with --passphrase-file.</source>
            <translation>Indiquez-la avec --passphrase-file.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="29" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} n'est pas un nombre entier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="31" />
            <source>must be at least 1, not {value}</source>
            <translation>doit être au moins égal à 1, et non {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="42" />
            <source>at most {limit} at a time, not {value}</source>
            <translation>au plus {limit} à la fois, pas {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="53" />
            <source>{value!r} is not a year like 2016</source>
            <translation>{value!r} n’est pas une année comme 2016</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="60" />
            <source>the database path is empty</source>
            <translation>le chemin de la base de données est vide</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="70" />
            <source>{path} is a device or a pipe, not a file</source>
            <translation>{path} est un périphérique ou un tube, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="91" />
            <source>the file name is empty</source>
            <translation>le nom du fichier est vide</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="109" />
            <source>{value!r} is not the name of a device</source>
            <translation>{value!r} n’est pas le nom d’un appareil</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="111" />
            <source>a device's name has at most {count} characters</source>
            <translation>le nom d’un appareil a au plus {count} caractères</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="119" />
            <source>{value!r} is not a date like 2016-07-31</source>
            <translation>{value!r} n'est pas une date au format 2016-07-31</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="125" />
            <source>{value!r} is not a half year like 2016-H1</source>
            <translation>{value!r} n'est pas un semestre au format 2016-H1</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="136" />
            <source>a whole year</source>
            <translation>une année entière</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="138" />
            <source>a half year: 2016-H1 is January-June, 2016-H2 July-December</source>
            <translation>un semestre : 2016-H1 correspond à janvier-juin, 2016-H2 à juillet-décembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="139" />
            <source>first day (YYYY-MM-DD)</source>
            <translation>premier jour (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="140" />
            <source>last day, with --from</source>
            <translation>dernier jour, avec --from</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="147" />
            <source>{prog}: error: {problem} (see {prog} --help)</source>
            <translation>{prog} : erreur : {problem} (voir {prog} --help)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="154" />
            <source>Plan, log and report the capacity-building work of the CICTE Secretariat. Without a command, opens the main window.</source>
            <translation>Planifier, consigner et rendre compte des activités de renforcement des capacités du Secrétariat du CICTE. Sans commande, ouvre la fenêtre principale.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="159" />
            <source>check this installation on a temporary database (seed, event, exports, window) and print one line per step; exit 0 when all pass</source>
            <translation>vérifier cette installation sur une base de données temporaire (initialisation, événement, exportations, fenêtre) et afficher une ligne par étape ; code de sortie 0 si tout réussit</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="162" />
            <source>language of the window, messages, exports and reports (default: the one chosen in Preferences, or the system's)</source>
            <translation>langue de la fenêtre, des messages, des exportations et des rapports (par défaut : celle choisie dans les Préférences, ou celle du système)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="165" />
            <source>database file to open (created and seeded with the 2016 Work Plan if missing), or a headquarters database on a PostgreSQL server, postgresql://user@host/name (the password from .pgpass or PGPASSWORD); default: cicte.sqlite in the per-user data folder</source>
            <translation>fichier de base de données à ouvrir (créé et initialisé avec le Plan de travail 2016 s’il n’existe pas), ou base de données du siège sur un serveur PostgreSQL, postgresql://user@host/name (le mot de passe vient de .pgpass ou de PGPASSWORD) ; par défaut : cicte.sqlite dans le dossier de données de l’utilisateur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="170" />
            <source>print the work plan</source>
            <translation>afficher le plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="171" />
            <source>print JSON for scripts instead of an outline</source>
            <translation>afficher du JSON pour les scripts au lieu d'un plan structuré</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="172" />
            <source>work plan year (default: the latest)</source>
            <translation>année du plan de travail (par défaut : la plus récente)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="174" />
            <source>with --json: add each item's target, achieved, counted, progress, state and events</source>
            <translation>avec --json : ajoute à chaque élément cible, réalisé, compté, avancement, état et événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="176" />
            <source>with --figures: that member state's contribution</source>
            <translation>avec --figures : la contribution de cet État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="178" />
            <source>with --figures: first day (default: the plan's year)</source>
            <translation>avec --figures : premier jour (par défaut : l'année du plan)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="179" />
            <source>with --figures: last day</source>
            <translation>avec --figures : dernier jour</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="181" />
            <source>start a year's work plan from an earlier one (every item carried over, editable)</source>
            <translation>créer le plan de travail d’une année à partir d’un plan antérieur (chaque élément repris, modifiable)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="183" />
            <source>the new plan's year</source>
            <translation>l’année du nouveau plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="185" />
            <source>the year of the plan to start from</source>
            <translation>l’année du plan de départ</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="186" />
            <source>write a year's plan workbook (.xlsx), one row per item, to edit in Excel and import back</source>
            <translation>écrit le classeur du plan d'une année (.xlsx), une ligne par élément, à modifier dans Excel et à réimporter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="188" />
            <source>the plan's year</source>
            <translation>l'année du plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="189" />
            <source>the workbook to write (.xlsx)</source>
            <translation>le classeur à écrire (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="190" />
            <source>preview a plan workbook's changes to its year's plan (or the plan it creates), then make them</source>
            <translation>montre les changements d'un classeur du plan au plan de son année (ou le plan qu'il crée), puis les fait</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="192" />
            <source>the plan workbook (.xlsx)</source>
            <translation>le classeur du plan (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="193" />
            <source>show what would change; write nothing</source>
            <translation>montre ce qui changerait ; n'écrit rien</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="194" />
            <source>why the plan changes (required unless --dry-run); kept in the plan's history with every change</source>
            <translation>pourquoi le plan change (obligatoire sauf avec --dry-run) ; gardé dans l'historique du plan avec chaque changement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="196" />
            <source>create or upgrade the database's schema and seed the 2016 Work Plan, then exit (for a PostgreSQL server: run once after installing a new version)</source>
            <translation>créer ou mettre à niveau le schéma de la base de données et l’initialiser avec le Plan de travail 2016, puis quitter (pour un serveur PostgreSQL : à exécuter une fois après l’installation d’une nouvelle version)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="198" />
            <source>run the full integrity checks and print a report (exit 1 on problems)</source>
            <translation>effectuer toutes les vérifications d'intégrité et afficher un rapport (code de sortie 1 en cas de problème)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="199" />
            <source>write a consistent copy of the database</source>
            <translation>écrire une copie cohérente de la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="200" />
            <source>where to write the copy</source>
            <translation>emplacement de la copie</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="201" />
            <source>replace the database with a backup (the current one is kept as a backup first)</source>
            <translation>remplacer la base de données par une sauvegarde (la base actuelle est d'abord conservée comme sauvegarde)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="203" />
            <source>the backup to restore</source>
            <translation>la sauvegarde à restaurer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="205" />
            <source>replace the file even when it is not a CICTE Desktop database (it is kept in the backups folder first); on a headquarters server, take a laptop's backup</source>
            <translation>remplacer le fichier même s’il ne s’agit pas d’une base de données CICTE Desktop (il est d’abord conservé dans le dossier des sauvegardes) ; sur un serveur du siège, accepter la sauvegarde d’un ordinateur portable</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="207" />
            <source>write a report file</source>
            <translation>écrire un fichier de rapport</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="209" />
            <source>the Excel workbook for member-state reporting</source>
            <translation>le classeur Excel destiné aux rapports aux États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="212" />
            <source>only this member state</source>
            <translation>uniquement cet État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="213" />
            <source>only this work area (its number)</source>
            <translation>uniquement ce domaine d'action (son numéro)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="215" />
            <source>include the participants' names and contacts (personal data)</source>
            <translation>inclure les noms et coordonnées des participants (données personnelles)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="216" />
            <source>a PDF report: the semi-annual implementation report, a member-state report, or certificates of participation</source>
            <translation>un rapport PDF : le rapport semestriel d'exécution, un rapport d'État membre ou des certificats de participation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="219" />
            <source>which report</source>
            <translation>quel rapport</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="220" />
            <source>the PDF to write</source>
            <translation>le PDF à écrire</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="223" />
            <source>the member state of a member-state report</source>
            <translation>l'État membre d'un rapport d'État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="224" />
            <source>the event whose participants get certificates</source>
            <translation>l'événement dont les participants reçoivent un certificat</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="225" />
            <source>read a file into the database</source>
            <translation>charger un fichier dans la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="227" />
            <source>an Events sheet exported by CICTE Desktop (and edited)</source>
            <translation>une feuille Événements exportée par CICTE Desktop (puis modifiée)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="229" />
            <source>only say what would change</source>
            <translation>indiquer seulement ce qui serait modifié</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="230" />
            <source>preview an attendance sheet (.xlsx) as the event form would import it: the columns found and, for each row, import or skip and why (nothing is written)</source>
            <translation>aperçu d’une feuille de présence (.xlsx) telle que le formulaire de l’événement l’importerait : les colonnes trouvées et, pour chaque ligne, importer ou ignorer et pourquoi (rien n’est écrit)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="234" />
            <source>print JSON for scripts instead of lines</source>
            <translation>afficher du JSON pour les scripts au lieu de lignes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="235" />
            <source>field packages: carry changes between laptops and headquarters</source>
            <translation>paquets de terrain : transférer les modifications entre les ordinateurs portables et le siège</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="238" />
            <source>write what changed here since the last package for the same destination</source>
            <translation>écrire ce qui a changé ici depuis le dernier paquet pour la même destination</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="239" />
            <source>the package to write (.cictepkg)</source>
            <translation>le paquet à écrire (.cictepkg)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="241" />
            <source>everything this database holds, not only what changed since the last package</source>
            <translation>tout le contenu de cette base de données, et pas seulement ce qui a changé depuis le dernier paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="243" />
            <source>the device the package is for (its name), e.g. Headquarters; without it, packages made here share one destination of their own</source>
            <translation>le poste auquel le paquet est destiné (son nom), p. ex. Siège ; sans cette option, les paquets créés ici partagent une destination qui leur est propre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="247" />
            <source>protect the package with the passphrase in the first line of F (at least 8 characters)</source>
            <translation>protéger le paquet avec la phrase secrète figurant à la première ligne de F (au moins 8 caractères)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="250" />
            <source>write a package that carries participants' names and contacts unprotected</source>
            <translation>écrire sans protection un paquet qui contient les noms et coordonnées des participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="251" />
            <source>merge a package into this database</source>
            <translation>fusionner un paquet dans cette base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="255" />
            <source>the passphrase of a protected package, in the first line of F</source>
            <translation>la phrase secrète d'un paquet protégé, à la première ligne de F</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="257" />
            <source>trust the package's sender although this computer does not know it yet (or it has a new key): compare its fingerprint with the sender first</source>
            <translation>faire confiance à l'expéditeur du paquet bien que cet ordinateur ne le connaisse pas encore (ou qu'il ait une nouvelle clé) : comparez d'abord son empreinte avec l'expéditeur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="260" />
            <source>add synthetic logged events for demonstrations and benchmarks</source>
            <translation>ajouter des événements fictifs pour les démonstrations et les tests de performance</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="261" />
            <source>how many events to add</source>
            <translation>nombre d'événements à ajouter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="262" />
            <source>random seed (same seed, same events)</source>
            <translation>graine aléatoire (même graine, mêmes événements)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="267" />
            <source>this computer's role and signing key</source>
            <translation>rôle et clé de signature de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="269" />
            <source>show this computer's role and fingerprint, or make it the database's headquarters or a laptop</source>
            <translation>afficher le rôle et l'empreinte de cet ordinateur, ou en faire le siège de la base de données ou un portable</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="36" />
            <source>Started the {year} work plan ({symbol}) from the {source} plan: {areas}, {programs}, {projects}, {activities}, each carried over with its targets and titles.</source>
            <translation>Le plan de travail {year} ({symbol}) a été créé à partir du plan {source} : {areas}, {programs}, {projects}, {activities}, chacun repris avec ses objectifs et ses titres.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="38" />
            <source>%n work area(s)</source>
            <translation>
                <numerusform>%n domaine d'action</numerusform>
                <numerusform>%n domaines d'action</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="39" />
            <source>%n program(s)</source>
            <translation>
                <numerusform>%n programme</numerusform>
                <numerusform>%n programmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="39" />
            <source>%n project(s)</source>
            <translation>
                <numerusform>%n projet</numerusform>
                <numerusform>%n projets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="40" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n activité prévue</numerusform>
                <numerusform>%n activités prévues</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="42" />
            <source>Note: this computer is not headquarters, so the new plan stays here: other computers refuse work-plan changes from it, and events logged under it reach them only once headquarters starts the same plan (from the same earlier plan). Start the plan at headquarters to send it to the laptops.</source>
            <translation>Remarque : cet ordinateur n’est pas le siège, le nouveau plan reste donc ici : les autres ordinateurs refusent les modifications du plan de travail qui en viennent, et les événements enregistrés sous ce plan ne leur parviennent qu’une fois que le siège a créé le même plan (à partir du même plan antérieur). Créez le plan au siège pour l’envoyer aux ordinateurs portables.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="55" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="56" />
            <source>cicte-desktop: error: there is no work plan for {year} (work plans: {years})</source>
            <translation>cicte-desktop : erreur : il n'y a pas de plan de travail pour {year} (plans de travail : {years})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="59" />
            <source>Wrote {path}: {items} of the {year} work plan.</source>
            <translation>{path} écrit : {items} du plan de travail {year}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="60" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="74" />
            <source>say why the plan changes with --reason TEXT (kept in the plan's history), or preview with --dry-run</source>
            <translation>dites pourquoi le plan change avec --reason TEXTE (gardé dans l'historique du plan), ou prévisualisez avec --dry-run</translation>
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
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="81" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retiré</numerusform>
                <numerusform>%n retirés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Added:</source>
            <translation>Ajoutés :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Changed:</source>
            <translation>Modifiés :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Retired:</source>
            <translation>Retirés :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="88" />
            <source>Not in the workbook (kept as they are):</source>
            <translation>Absents du classeur (conservés tels quels) :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="95" />
            <source>row {row}: </source>
            <translation>ligne {row} : </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="100" />
            <source>(kept, marked retired: events point at it)</source>
            <translation>(conservé, marqué retiré : des événements s'y rapportent)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="101" />
            <source>(taken out of the plan: no events point at it)</source>
            <translation>(retiré du plan : aucun événement ne s'y rapporte)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="104" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="106" />
            <source>Skipped {what}</source>
            <translation>Ignorée : {what}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="120" />
            <source>Nothing to change: the workbook is the plan as it is.</source>
            <translation>Rien à changer : le classeur est le plan tel qu'il est.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="123" />
            <source>Nothing was written (dry run).</source>
            <translation>Rien n'a été écrit (simulation).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="126" />
            <source>Imported into the {year} work plan: {added}, {changed}, {retired}, each with the reason in the plan's history.</source>
            <translation>Importé dans le plan de travail {year} : {added}, {changed}, {retired}, chaque changement avec le motif dans l'historique du plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="130" />
            <source>Created the {year} work plan from the {source} plan: {added}, {changed}, {retired}, each with the reason in the plan's history.</source>
            <translation>Plan de travail {year} créé à partir du plan {source} : {added}, {changed}, {retired}, chaque changement avec le motif dans l'historique du plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="149" />
            <source>Upon request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="149" />
            <source>no target</source>
            <translation>aucun objectif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="191" />
            <source>--member-state, --from and --to go with --figures</source>
            <translation>--member-state, --from et --to s'utilisent avec --figures</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="194" />
            <source>--figures goes with --json</source>
            <translation>--figures s'utilise avec --json</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="28" />
            <source>--report member-state needs --member-state</source>
            <translation>--report member-state exige --member-state</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="30" />
            <source>--member-state goes with --report member-state</source>
            <translation>--member-state s'utilise avec --report member-state</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="32" />
            <source>--report certificates needs --event</source>
            <translation>--report certificates exige --event</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="34" />
            <source>--event goes with --report certificates</source>
            <translation>--event s'utilise avec --report certificates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="46" />
            <source>Wrote {path}: {certificates}.</source>
            <translation>{path} écrit : {certificates}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/reports.py" line="46" />
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificat</numerusform>
                <numerusform>%n certificats</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="49" />
            <source>Wrote {path}: {pages}, {events}.</source>
            <translation>{path} écrit : {pages}, {events}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/reports.py" line="49" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="43" />
            <source>{name}: created at schema {revision}, with the 2016 Work Plan (seed {seed})</source>
            <translation>{name} : créé au schéma {revision}, avec le Plan de travail 2016 (données initiales {seed})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="46" />
            <source>{name}: upgraded from schema {old} to {revision} (seed {seed})</source>
            <translation>{name} : mis à niveau du schéma {old} au schéma {revision} (données initiales {seed})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="49" />
            <source>{name}: already at schema {revision} (seed {seed}); nothing to do</source>
            <translation>{name} : déjà au schéma {revision} (données initiales {seed}) ; rien à faire</translation>
        </message>
        <message>
            <source>replace the file even when it is not a CICTE Desktop database (it is kept in the backups folder first)</source>
            <translation type="vanished">remplacer le fichier même s’il ne s’agit pas d’une base de données CICTE Desktop (il est d’abord conservé dans le dossier des sauvegardes)</translation>
        </message>
        <message>
            <source>cicte-desktop: error: {command} works on a database file; a database on a PostgreSQL server is checked, backed up and restored by its administrator with PostgreSQL's own tools (see the README, "Headquarters on PostgreSQL")</source>
            <translation type="vanished">cicte-desktop : erreur : {command} fonctionne sur un fichier de base de données ; une base de données sur un serveur PostgreSQL est vérifiée, sauvegardée et restaurée par son administrateur avec les outils de PostgreSQL (voir le README, « Headquarters on PostgreSQL »)</translation>
        </message>
        <message>
            <source>cicte-desktop: error: a PostgreSQL database can so far be upgraded, read (plan), planned (plan new, export, import), filled with demo data and exported to Excel and PDF; the window and the other commands need a database file</source>
            <translation type="vanished">cicte-desktop : erreur : pour l’instant, une base de données PostgreSQL peut être mise à niveau, lue (plan), planifiée (plan new, export, import), remplie de données de démonstration et exportée vers Excel et PDF ; la fenêtre et les autres commandes ont besoin d’un fichier de base de données</translation>
        </message>
        <message>
            <source>cicte-desktop: error: a PostgreSQL database can so far be created and upgraded only (cicte-desktop --db URL upgrade); the window and the other commands need a database file</source>
            <translation type="vanished">cicte-desktop : erreur : pour l’instant, une base de données PostgreSQL peut seulement être créée et mise à niveau (cicte-desktop --db URL upgrade) ; la fenêtre et les autres commandes ont besoin d’un fichier de base de données</translation>
        </message>
        <message>
            <source>database file to open (created and seeded with the 2016 Work Plan if missing); default: cicte.sqlite in the per-user data folder</source>
            <translation type="vanished">fichier de base de données à ouvrir (créé et initialisé avec le Plan de travail 2016 s'il n'existe pas) ; par défaut : cicte.sqlite dans le dossier de données de l'utilisateur</translation>
        </message>
        <message>
            <source>{path}: saved {when} on {device}; {events} events, {people} participants (schema {revision})</source>
            <translation type="vanished">{path} : enregistré le {when} sur {device} ; {events} événements, {people} participants (schéma {revision})</translation>
        </message>
        <message>
            <source>Wrote {path}: {events} events{people}.</source>
            <translation type="vanished">{path} écrit : {events} événements{people}.</translation>
        </message>
        <message>
            <source>, {count} participants</source>
            <translation type="vanished">, {count} participants</translation>
        </message>
        <message>
            <source>Wrote {path}: {count} certificates.</source>
            <translation type="vanished">{path} écrit : {count} certificats.</translation>
        </message>
        <message>
            <source>Wrote {path}: {pages} pages, {events} events.</source>
            <translation type="vanished">{path} écrit : {pages} pages, {events} événements.</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} with problems</source>
            <translation type="vanished">{new} nouveaux, {changed} modifiés, {unchanged} inchangés, {rejected} avec problèmes</translation>
        </message>
        <message>
            <source>Imported: {created} events created, {changed} changed.</source>
            <translation type="vanished">Importation : {created} événements créés, {changed} modifiés.</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events} events, {records} records in all, {files} files{protected}.</source>
            <translation type="vanished">{path} écrit pour {destination} : {events} événements, {records} enregistrements au total, {files} fichiers{protected}.</translation>
        </message>
        <message>
            <source>From {device}: {new} new, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflicts</source>
            <translation type="vanished">En provenance de {device} : {new} nouveaux, {updated} mis à jour, {deleted} supprimés, {unchanged} inchangés, {conflicts} conflits</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts resolved, {files} files stored.</source>
            <translation type="vanished">Importation : {new} nouveaux, {updated} mis à jour, {deleted} supprimés, {conflicts} conflits résolus, {files} fichiers enregistrés.</translation>
        </message>
        <message>
            <source>Added {count} demo events to {path} in {seconds:.1f} s.</source>
            <translation type="vanished">{count} événements de démonstration ajoutés à {path} en {seconds:.1f} s.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of a file in it</source>
            <translation type="vanished">{path} est un dossier ; indiquez le nom d’un fichier dans ce dossier</translation>
        </message>
        <message>
            <source>protect the package with the passphrase in the first line of F</source>
            <translation type="vanished">protéger le paquet avec la phrase secrète figurant à la première ligne de F</translation>
        </message>
        <message>
            <source>cicte-desktop: error: --to needs --from</source>
            <translation type="vanished">cicte-desktop : erreur : --to exige --from</translation>
        </message>
        <message>
            <source>cicte-desktop: error: the period ends before it starts</source>
            <translation type="vanished">cicte-desktop : erreur : la période se termine avant de commencer</translation>
        </message>
        <message>
            <source>Note: this computer is not headquarters, so the new plan stays here: other computers refuse work-plan changes from it. Start the plan at headquarters to send it to the laptops.</source>
            <translation type="vanished">Remarque : cet ordinateur n’est pas le siège, le nouveau plan reste donc ici : les autres ordinateurs refusent les modifications du plan de travail qui en viennent. Créez le plan au siège pour l’envoyer aux ordinateurs portables.</translation>
        </message>
    </context>
    <context>
        <name>ConflictHistoryDialog</name>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="6" />
            <source>Conflict history</source>
            <translation>Historique des conflits</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="15" />
            <source>Records changed on two computers before they exchanged field packages, newest first.</source>
            <translation>Enregistrements modifiés sur deux postes avant qu'ils n'échangent des paquets de terrain, du plus récent au plus ancien.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="26" />
            <source>Conflicts settled</source>
            <translation>Conflits réglés</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="42" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="47" />
            <source>Package from</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="52" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="57" />
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="62" />
            <source>Kept</source>
            <translation>Version conservée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="28" />
            <source>No conflicts so far.</source>
            <translation>Aucun conflit jusqu'à présent.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="33" />
            <source>This computer's version</source>
            <translation>Version de ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="33" />
            <source>The package's version</source>
            <translation>Version du paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="35" />
            <source>the newer one</source>
            <translation>la plus récente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="35" />
            <source>chosen by {user}</source>
            <translation>choisie par {user}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="36" />
            <source>a user</source>
            <translation>un utilisateur</translation>
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
            <translation>un autre poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="64" />
            <source>This computer had</source>
            <translation>Ce poste avait</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="65" />
            <source>The package brought</source>
            <translation>Le paquet apportait</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="66" />
            <source>Kept: {side}.</source>
            <translation>Conservée : {side}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="67" />
            <source>this computer's version</source>
            <translation>la version de ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="67" />
            <source>the package's version</source>
            <translation>la version du paquet</translation>
        </message>
    </context>
    <context>
        <name>ConflictView</name>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="81" />
            <source>Both versions, field by field</source>
            <translation>Les deux versions, champ par champ</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="110" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="93" />
            <source>Dashboard · {year}</source>
            <translation>Tableau de bord · {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="114" />
            <source>All dates</source>
            <translation>Toutes dates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="116" />
            <source>From {start}</source>
            <translation>À partir du {start}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="118" />
            <source>Until {end}</source>
            <translation>Jusqu'au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="119" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="174" />
            <source>Share of achieved by work area and program: {state}</source>
            <translation>Part du réalisé par domaine d'action et programme : {state}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="175" />
            <source>Each bar is the share of the plan's achieved units that served {state}, not progress against the hemisphere-wide targets.</source>
            <translation>Chaque barre est la part des unités réalisées du plan qui ont bénéficié à {state}, et non l'avancement vers les objectifs hémisphériques.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="179" />
            <source>Progress by work area and program</source>
            <translation>Avancement par domaine d'action et programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="187" />
            <source>This work plan has no work areas.</source>
            <translation>Ce plan de travail n'a aucun domaine d'action.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="188" />
            <source>No units achieved under this filter.</source>
            <translation>Aucune unité réalisée avec ce filtre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="193" />
            <source>nothing to show</source>
            <translation>rien à afficher</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="230" />
            <source>No date</source>
            <translation>Sans date</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="236" />
            <source>Events by month and status</source>
            <translation>Événements par mois et statut</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="236" />
            <source>Events by half-year and status</source>
            <translation>Événements par semestre et statut</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="237" />
            <source>Participants by month and sex</source>
            <translation>Participants par mois et sexe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="237" />
            <source>Participants by half-year and sex</source>
            <translation>Participants par semestre et sexe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="247" />
            <source>Total: {total}.</source>
            <translation>Total : {total}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="266" />
            <source>Events logged under the plan, of every status the filter keeps, by start date.</source>
            <translation>Événements enregistrés dans le plan, de tous les statuts que le filtre retient, par date de début.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="267" />
            <source>No events under this filter.</source>
            <translation>Aucun événement avec ce filtre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Sex not recorded</source>
            <translation>Sexe non renseigné</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="286" />
            <source>Participants of the completed events, by start date.</source>
            <translation>Participants aux événements réalisés, par date de début.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="287" />
            <source>No participants of completed events under this filter.</source>
            <translation>Aucun participant à des événements réalisés avec ce filtre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="298" />
            <source>All work areas</source>
            <translation>Tous les domaines d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="302" />
            <source>Participants by sex and work area</source>
            <translation>Participants par sexe et par domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="309" />
            <source>Participants of the completed events.</source>
            <translation>Participants aux événements réalisés.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="322" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="333" />
            <source>{lower} or more</source>
            <translation>{lower} ou plus</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="372" />
            <source>Events by member state</source>
            <translation>Événements par État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="373" />
            <source>Events of the {year} Work Plan by member state served; an event that served several member states counts for each.</source>
            <translation>Événements du Plan de travail {year} par État membre bénéficiaire ; un événement qui a bénéficié à plusieurs États membres compte pour chacun.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="377" />
            <source>Participants by member state</source>
            <translation>Participants par État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="377" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="378" />
            <source>Participants of the completed events of the {year} Work Plan by member state served; an event that served several member states counts for each, with all its participants.</source>
            <translation>Participants aux événements réalisés du Plan de travail {year} par État membre bénéficiaire ; un événement qui a bénéficié à plusieurs États membres compte pour chacun, avec tous ses participants.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="382" />
            <source>Period: {period}.</source>
            <translation>Période : {period}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="384" />
            <source>{state} is outlined; the map shows every member state.</source>
            <translation>{state} est mis en évidence ; la carte montre tous les États membres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="392" />
            <source>none: {states}</source>
            <translation>aucun : {states}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="398" />
            <source>The boundaries and names shown on this map do not imply official endorsement or acceptance by the Organization of American States.</source>
            <translation>Les frontières et les noms figurant sur cette carte n'impliquent ni approbation ni acceptation officielles de la part de l'Organisation des États Américains.</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/dashboard.py" line="121" />
            <source>There is no work plan in this database yet: the dashboard shows a year's plan and the events logged under it.</source>
            <translation>Cette base de données n'a pas encore de plan de travail : le tableau de bord montre le plan d'une année et les événements enregistrés sous ce plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/dashboard.py" line="160" />
            <source>The dashboard could not be made: {error}</source>
            <translation>Le tableau de bord n’a pas pu être préparé : {error}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="100" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="101" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="102" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="103" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="109" />
            <source>By month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="109" />
            <source>By half-year</source>
            <translation>Par semestre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="111" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="111" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="113" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="114" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="276" />
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} est un dossier, et non un fichier de base de données.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="280" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="285" />
            <source>{path} is on read-only media: it is open for viewing, checking and exporting, but changes cannot be saved. Nothing was changed. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} se trouve sur un support en lecture seule : il est ouvert pour consultation, vérification et export, mais les modifications ne peuvent pas être enregistrées. Rien n’a été modifié. Pour le modifier, copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="298" />
            <source>Another program is using {path} and did not finish within {seconds} seconds. Nothing was saved; close the other program (or wait for it to finish) and try again.</source>
            <translation>Un autre programme utilise {path} et n’a pas terminé en {seconds} secondes. Rien n’a été enregistré ; fermez l’autre programme (ou attendez qu’il ait terminé) et réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="303" />
            <source>The disk holding {path} is full. Nothing was saved; free some disk space and try again.</source>
            <translation>Le disque qui contient {path} est plein. Rien n’a été enregistré ; libérez de l’espace disque et réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="308" />
            <source>{path} could not be written ({detail}). Nothing was saved; check that the drive is still connected, then try again.</source>
            <translation>{path} n’a pas pu être écrit ({detail}). Rien n’a été enregistré ; vérifiez que le lecteur est toujours connecté, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="318" />
            <source>{path} is on a read-only location. Copy it to a folder you can write to (for example your Documents folder) and open the copy.</source>
            <translation>{path} se trouve dans un emplacement en lecture seule. Copiez-le dans un dossier accessible en écriture (par exemple votre dossier Documents) et ouvrez la copie.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="381" />
            <source>{path} needs upgrading, but the copy made first failed ({detail}), so nothing was changed. Free some disk space or check the data folder, then try again.</source>
            <translation>{path} doit être mis à niveau, mais la copie préalable a échoué ({detail}) ; rien n'a donc été modifié. Libérez de l'espace disque ou vérifiez le dossier de données, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="401" />
            <source>Upgrading {path} failed ({detail}). A copy of it was kept in {backup}.</source>
            <translation>La mise à niveau de {path} a échoué ({detail}). Une copie a été conservée dans {backup}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="444" />
            <source>{path} could not be created: the disk is full. Nothing was left behind; free some disk space and try again.</source>
            <translation>{path} n’a pas pu être créé : le disque est plein. Aucun fichier n’est resté ; libérez de l’espace disque et réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="449" />
            <source>{path} is locked by another program. Close it there and try again.</source>
            <translation>{path} est verrouillé par un autre programme. Fermez-le dans ce programme et réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="453" />
            <source>{path} is on a read-only location. Copy it to a folder you can write to.</source>
            <translation>{path} se trouve dans un emplacement en lecture seule. Copiez-le dans un dossier accessible en écriture.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="456" />
            <source>{path} could not be written ({detail}).</source>
            <translation>{path} n'a pas pu être écrit ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="93" />
            <source>{path} is not a CICTE Desktop database (it is not an SQLite database file).</source>
            <translation>{path} n'est pas une base de données CICTE Desktop (ce n'est pas un fichier de base de données SQLite).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="96" />
            <source>{path} is an empty file, not a CICTE Desktop database.</source>
            <translation>{path} est un fichier vide, et non une base de données CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="102" />
            <source>{path} is damaged: the file is shorter than the database it describes (was it copied only in part?). It has not been changed. Open a backup instead.</source>
            <translation>{path} est endommagé : le fichier est plus court que la base de données qu'il décrit (n'a-t-il été copié qu'en partie ?). Il n'a pas été modifié. Ouvrez plutôt une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="138" />
            <source>{path} is an SQLite database of another program, not of CICTE Desktop.</source>
            <translation>{path} est une base de données SQLite d'un autre programme, et non de CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="164" />
            <source>{path} is damaged and cannot be opened safely ({detail}). It has not been changed. Open a backup instead.</source>
            <translation>{path} est endommagé et ne peut pas être ouvert sans risque ({detail}). Il n'a pas été modifié. Ouvrez plutôt une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="206" />
            <source>{path} cannot be opened: the disk holding it is full, and SQLite needs a little room beside the file even to read it. The file has not been changed; free some disk space and try again.</source>
            <translation>Impossible d’ouvrir {path} : le disque qui le contient est plein, et SQLite a besoin d’un peu de place à côté du fichier, même pour le lire. Le fichier n’a pas été modifié ; libérez de l’espace disque et réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="289" />
            <source>{path} was saved by a newer version of CICTE Desktop. Install the newer version to open it; the file has not been changed.</source>
            <translation>{path} a été enregistré par une version plus récente de CICTE Desktop. Installez cette version pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="26" />
            <source>Open Database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="27" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données CICTE (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="51" />
            <source>Cannot connect to the server</source>
            <translation>Impossible de se connecter au serveur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="54" />
            <source>Connect to Server</source>
            <translation>Se connecter à un serveur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="55" />
            <source>Connecting to {name}…</source>
            <translation>Connexion à {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="69" />
            <source>Cannot open the database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="75" />
            <source>Opening {name}…</source>
            <translation>Ouverture de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="105" />
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="116" />
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="117" />
            <source>Restoring {name}…</source>
            <translation>Restauration de {name}…</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="90" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="106" />
            <source>Training course</source>
            <translation>Cours de formation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="143" />
            <source>Select a work area, program, project or planned activity to see its figures and the events logged under it.</source>
            <translation>Sélectionnez un domaine d'action, un programme, un projet ou une activité prévue pour afficher ses chiffres et les événements qui y sont enregistrés.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="165" />
            <source>Achieved counts the units of completed events under the current filters; counted toward target counts each activity at most up to its own target.</source>
            <translation>Réalisé compte les unités des événements terminés selon les filtres actuels ; compté pour la cible compte chaque activité au plus jusqu'à sa propre cible.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="172" />
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="178" />
            <source>{status}: {count}</source>
            <translation>{status} : {count}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="183" />
            <source>Events matching “{text}”: %n of {total}</source>
            <translation>
                <numerusform>Événements correspondant à « {text} » : %n sur {total}</numerusform>
                <numerusform>Événements correspondant à « {text} » : %n sur {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="185" />
            <source>Events: {count} ({statuses})</source>
            <translation>Événements : {count} ({statuses})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="190" />
            <source>Events: none under the current filters</source>
            <translation>Événements : aucun selon les filtres en cours</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="194" />
            <source>Participants in completed events: {total} ({women}, {men}, {unknown} not recorded) · {states}</source>
            <translation>Participants aux événements terminés : {total} ({women}, {men}, {unknown} non renseignés) · {states}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="196" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln femme</numerusform>
                <numerusform>%Ln femmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="197" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln homme</numerusform>
                <numerusform>%Ln hommes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="198" />
            <source>%n member state(s) reached</source>
            <translation>
                <numerusform>%n État membre atteint</numerusform>
                <numerusform>%n États membres atteints</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="201" />
            <source>Reading of the source document: {note}</source>
            <translation>Interprétation du document source : {note}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="208" />
            <source>Mandates that apply to this work area ({count})</source>
            <translation>Mandats applicables à ce domaine d'action ({count})</translation>
        </message>
        <message>
            <source>Target: {target}   Achieved: {achieved}</source>
            <translation type="vanished">Objectif : {target}   Réalisé : {achieved}</translation>
        </message>
        <message>
            <source>Achieved counts the units of completed events under the current filters.</source>
            <translation type="vanished">« Réalisé » compte les unités des événements terminés, selon les filtres en cours.</translation>
        </message>
        <message>
            <source>{percent}% of target</source>
            <translation type="vanished">{percent} % de l'objectif</translation>
        </message>
        <message>
            <source>Participants in completed events: {total} ({women} women, {men} men, {unknown} not recorded) · {states} member states reached</source>
            <translation type="vanished">Participants aux événements terminés : {total} ({women} femmes, {men} hommes, {unknown} non renseignés) · {states} États membres atteints</translation>
        </message>
        <message>
            <source>{count} {status}</source>
            <translation type="vanished">{status} : {count}</translation>
        </message>
    </context>
    <context>
        <name>DeviceNameDialog</name>
        <message>
            <location filename="../../ui/forms/device_name.ui" line="6" />
            <source>Device name</source>
            <translation>Nom du poste</translation>
        </message>
        <message>
            <location filename="../../ui/forms/device_name.ui" line="18" />
            <source>The name other laptops and headquarters see for this computer in field packages.</source>
            <translation>Le nom sous lequel les autres portables et le siège voient ce poste dans les paquets de terrain.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="22" />
            <source>Name this computer</source>
            <translation>Nommer ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="23" />
            <source>Field packages say which computer made each change. Give this one a name people will recognise, for example “Laptop of María (Trinidad mission)” or “Headquarters, Washington”.</source>
            <translation>Les paquets de terrain indiquent quel poste a effectué chaque modification. Donnez à celui-ci un nom facile à reconnaître, par exemple « Portable de María (mission à Trinité) » ou « Siège, Washington ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="33" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="52" />
            <source>Give this computer a name, for example “Laptop of María (Trinidad mission)” or “Headquarters”.</source>
            <translation>Donnez un nom à ce poste, par exemple « Portable de María (mission à Trinité) » ou « Siège ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="54" />
            <source>The name is too long (at most {count} characters).</source>
            <translation>Le nom est trop long ({count} caractères au maximum).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="80" />
            <source>headquarters</source>
            <translation>siège</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="80" />
            <source>laptop</source>
            <translation>portable</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="99" />
            <source>A computer is either headquarters or a laptop.</source>
            <translation>Un ordinateur est soit le siège, soit un portable.</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="29" />
            <source>Attach file…</source>
            <translation>Joindre un fichier…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="31" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="33" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="62" />
            <source>SHA-256 {sha}</source>
            <translation>SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="66" />
            <source>Attach files</source>
            <translation>Joindre des fichiers</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="77" />
            <source>Cannot attach the file</source>
            <translation>Impossible de joindre le fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="77" />
            <source>{name} could not be copied into the app's folder ({detail}).</source>
            <translation>{name} n'a pas pu être copié dans le dossier de l'application ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="94" />
            <source>Cannot open the file</source>
            <translation>Impossible d’ouvrir le fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="94" />
            <source>{name} is not in the app's folder on this computer (it may not have arrived yet).</source>
            <translation>{name} n’est pas dans le dossier de l’application sur cet ordinateur (il n’est peut-être pas encore arrivé).</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="6" />
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="35" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="47" />
            <source>Planned activity</source>
            <translation>Activité prévue</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="107" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="154" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="185" />
            <source>e.g. National workshop on container control — Kingston</source>
            <translation>p. ex. Atelier national sur le contrôle des conteneurs — Kingston</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="205" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="252" />
            <source>Counts toward the target</source>
            <translation>Unités pour l'objectif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="286" />
            <source>How many units of the activity's target this event delivers (usually 1)</source>
            <translation>Nombre d'unités de l'objectif de l'activité réalisées par cet événement (généralement 1)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="309" />
            <source>When and where</source>
            <translation>Quand et où</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="321" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="367" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="374" />
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="381" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="424" />
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="468" />
            <source>Beneficiary member states</source>
            <translation>États membres bénéficiaires</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="515" />
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="559" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="606" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="618" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="661" />
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="697" />
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="733" />
            <source>Not recorded</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="769" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="868" />
            <source>Use the roster's counts</source>
            <translation>Utiliser les nombres de la liste</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="875" />
            <source>Keep these counts</source>
            <translation>Garder ces nombres</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="885" />
            <source>Institutions</source>
            <translation>Institutions</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="919" />
            <source>not recorded</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="939" />
            <source>Lead trainer</source>
            <translation>Formateur principal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="983" />
            <source>Experts</source>
            <translation>Experts</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1027" />
            <source>Partner organisations</source>
            <translation>Organisations partenaires</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1071" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1115" />
            <source>Roster</source>
            <translation>Liste</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1162" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1174" />
            <source>Outcomes</source>
            <translation>Résultats obtenus</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1222" />
            <source>Average satisfaction (1-5)</source>
            <translation>Satisfaction moyenne (1-5)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1282" />
            <source>Test averages (0-100)</source>
            <translation>Moyennes des tests (0-100)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1325" />
            <source>Pre-test</source>
            <translation>Prétest</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1351" />
            <source>Post-test</source>
            <translation>Post-test</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1406" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1449" />
            <source>Follow-up needed</source>
            <translation>Suivi nécessaire</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1456" />
            <source>Follow-up notes</source>
            <translation>Notes de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1459" />
            <source>What, by whom</source>
            <translation>Quoi, par qui</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1482" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1533" />
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1545" />
            <source>Agenda, attendance list, photos</source>
            <translation>Ordre du jour, liste de présence, photos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1592" />
            <source>History of changes</source>
            <translation>Historique des modifications</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1605" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1610" />
            <source>Changed by</source>
            <translation>Modifié par</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1615" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1620" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1625" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1630" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1667" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1677" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="81" />
            <source>Edit event — {title}</source>
            <translation>Modifier l'événement — {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="110" />
            <source>Type to find a member state</source>
            <translation>Saisir pour trouver un État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="112" />
            <source>Type to find a partner organisation</source>
            <translation>Saisir pour trouver une organisation partenaire</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="148" />
            <source>Required</source>
            <translation>Obligatoire</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="296" />
            <source>Moved to the {year} plan: {activity}</source>
            <translation>Déplacé vers le plan {year} : {activity}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="298" />
            <source>Moved to the {year} plan. The activity carried over to it was retired from the plan: choose the activity of the {year} plan this event counts toward.</source>
            <translation>Déplacé vers le plan {year}. L'activité reprise dans ce plan en a été retirée : choisissez l'activité du plan {year} à laquelle cet événement contribue.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="301" />
            <source>Moved to the {year} plan. Its activity was not carried over to the {year} plan: choose the activity of the {year} plan this event counts toward.</source>
            <translation>Déplacé vers le plan {year}. Son activité n'a pas été reprise dans le plan {year} : choisissez l'activité du plan {year} à laquelle cet événement contribue.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="304" />
            <source>Moved to the {year} plan: the list shows its activities.</source>
            <translation>Déplacé vers le plan {year} : la liste en montre les activités.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="322" />
            <source>There is no work plan for {year} yet (work plans: {years}): the event is saved under its activity of the {plan} plan. Check the start date; once the {year} plan reaches this computer, open the event and choose its activity there.</source>
            <translation>Il n'y a pas encore de plan de travail pour {year} (plans de travail : {years}) : l'événement est enregistré sous son activité du plan {plan}. Vérifiez la date de début ; quand le plan {year} arrivera sur cet ordinateur, ouvrez l'événement et choisissez-y son activité.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="356" />
            <source>Cannot save yet: {problems}</source>
            <translation>Enregistrement impossible pour l'instant : {problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="380" />
            <source>{period} has been reported and is locked: this event is read-only. A program manager can unlock the period under Events &gt; Reporting Periods.</source>
            <translation>{period} : période déclarée et verrouillée ; cet événement est en lecture seule. Un gestionnaire de programme peut déverrouiller la période sous Événements &gt; Périodes de rapport.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="421" />
            <source>Reason for the change</source>
            <translation>Motif de la modification</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="421" />
            <source>This event was completed and may have been reported. Why is it being changed?</source>
            <translation>Cet événement est terminé et a peut-être déjà fait l'objet d'un rapport. Pourquoi le modifier ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="427" />
            <source>The change was not saved: a reason is needed.</source>
            <translation>La modification n'a pas été enregistrée : un motif est requis.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="431" />
            <source>Cannot save the event</source>
            <translation>Impossible d'enregistrer l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="435" />
            <source>This event was deleted meanwhile; what you typed is kept as a draft.</source>
            <translation>Cet événement a été supprimé entre-temps ; votre saisie est conservée comme brouillon.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="439" />
            <source>The form now shows their changes with yours (where you both changed a field, yours): check them, then save again.</source>
            <translation>Le formulaire montre maintenant les modifications de cette personne avec les vôtres (là où vous avez tous deux modifié un champ, la vôtre) : vérifiez-les, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="447" />
            <source>{problem} What you typed is still in this form.</source>
            <translation>{problem} Ce que vous avez saisi est toujours dans ce formulaire.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="455" />
            <source>The event could not be written ({detail}). Nothing was changed in the database; what you typed is still in this form and kept as a draft. Free some disk space or check the drive, then save again.</source>
            <translation>L'événement n'a pas pu être écrit ({detail}). Rien n'a été modifié dans la base de données ; votre saisie reste dans ce formulaire et est conservée comme brouillon. Libérez de l'espace disque ou vérifiez le lecteur, puis enregistrez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="482" />
            <source>Discard changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="482" />
            <source>The changes to this event have not been saved.</source>
            <translation>Les modifications apportées à cet événement n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="483" />
            <source>Discard changes</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="483" />
            <source>Keep editing</source>
            <translation>Continuer la saisie</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation type="vanished">Ajouter une personne</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation type="vanished">Retirer la personne</translation>
        </message>
        <message>
            <source>Import attendance sheet…</source>
            <translation type="vanished">Importer une feuille de présence…</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation type="vanished">Joindre un fichier…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="vanished">Ouvrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Retirer</translation>
        </message>
        <message>
            <source>Import attendance sheet</source>
            <translation type="vanished">Importer une feuille de présence</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="vanished">Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot import the attendance sheet</source>
            <translation type="vanished">Impossible d'importer la feuille de présence</translation>
        </message>
        <message>
            <source>The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women {typed_women}, men {typed_men}, not recorded {typed_unknown}.</source>
            <translation type="vanished">La liste compte femmes {women}, hommes {men}, non renseigné {unknown} ; les nombres ci-dessus indiquent femmes {typed_women}, hommes {typed_men}, non renseigné {typed_unknown}.</translation>
        </message>
        <message>
            <source>SHA-256 {sha}</source>
            <translation type="vanished">SHA-256 {sha}</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation type="vanished">Joindre des fichiers</translation>
        </message>
        <message>
            <source>Cannot attach the file</source>
            <translation type="vanished">Impossible de joindre le fichier</translation>
        </message>
        <message>
            <source>{name} could not be copied into the app's folder ({detail}).</source>
            <translation type="vanished">{name} n'a pas pu être copié dans le dossier de l'application ({detail}).</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation type="vanished">Impossible d’ouvrir le fichier</translation>
        </message>
        <message>
            <source>{name} is not in the app's folder on this computer (it may not have arrived yet).</source>
            <translation type="vanished">{name} n’est pas dans le dossier de l’application sur cet ordinateur (il n’est peut-être pas encore arrivé).</translation>
        </message>
        <message>
            <source>There is no work plan for {year} (work plans: {years}): an event belongs to the plan of the year it starts in. Check the start date, or start the {year} plan first (Plan &gt; New Work Plan…).</source>
            <translation type="vanished">Il n'y a pas de plan de travail pour {year} (plans de travail : {years}) : un événement relève du plan de l'année où il commence. Vérifiez la date de début, ou créez d'abord le plan {year} (Plan &gt; Nouveau plan de travail…).</translation>
        </message>
        <message>
            <source>The event starts in {year}, but its planned activity was not carried over to the {year} work plan: it stays under the {plan} plan. Choose an activity of the {year} plan if it belongs there.</source>
            <translation type="vanished">L’événement commence en {year}, mais son activité prévue n’a pas été reprise dans le plan de travail {year} : il reste rattaché au plan {plan}. Choisissez une activité du plan {year} s’il en relève.</translation>
        </message>
        <message>
            <source>The event starts in {year}: the list shows the {year} work plan, and the activity is the one carried over from the {previous} plan.</source>
            <translation type="vanished">L’événement commence en {year} : la liste montre le plan de travail {year}, et l’activité est celle reprise du plan {previous}.</translation>
        </message>
        <message>
            <source>The event starts in {year}: the list shows the {year} work plan.</source>
            <translation type="vanished">L’événement commence en {year} : la liste montre le plan de travail {year}.</translation>
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
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="119" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="26" />
            <source>January-June {year}</source>
            <translation>Janvier-juin {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="26" />
            <source>July-December {year}</source>
            <translation>Juillet-décembre {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="40" />
            <source>{period} has been reported and is locked: its events cannot be changed. A program manager can unlock it (Events &gt; Reporting Periods) with a reason.</source>
            <translation>{period} : période déclarée et verrouillée ; ses événements ne peuvent pas être modifiés. Un gestionnaire de programme peut la déverrouiller (Événements &gt; Périodes de rapport) en indiquant un motif.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="60" />
            <source>Say why the period is locked or unlocked.</source>
            <translation>Indiquez pourquoi la période est verrouillée ou déverrouillée.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="48" />
            <source>Choose the planned activity this event counts toward.</source>
            <translation>Choisissez l'activité prévue dont relève cet événement.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="50" />
            <source>Give the event a title.</source>
            <translation>Donnez un titre à l'événement.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="52" />
            <source>Enter the start date.</source>
            <translation>Saisissez la date de début.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="54" />
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="56" />
            <source>Choose at least one beneficiary member state.</source>
            <translation>Choisissez au moins un État membre bénéficiaire.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="60" />
            <source>Counts cannot be negative.</source>
            <translation>Les nombres ne peuvent pas être négatifs.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="64" />
            <source>The total ({total}) is not the sum of women, men and not recorded ({sum}).</source>
            <translation>Le total ({total}) n'est pas égal à la somme des femmes, des hommes et des non renseignés ({sum}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="68" />
            <source>Satisfaction is an average between 1 and 5.</source>
            <translation>La satisfaction est une moyenne comprise entre 1 et 5.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="72" />
            <source>Test averages are between 0 and 100.</source>
            <translation>Les moyennes des tests sont comprises entre 0 et 100.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="74" />
            <source>An event that has not started yet cannot be completed.</source>
            <translation>Un événement qui n'a pas encore commencé ne peut pas être terminé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="76" />
            <source>The event is outside the work plan's year ({year}); it will not count toward this year's targets.</source>
            <translation>L'événement se situe hors de l'année du plan de travail ({year}) ; il ne sera pas pris en compte dans les objectifs de cette année.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="80" />
            <source>The event ends outside the work plan's year ({year}): check the end date.</source>
            <translation>L'événement se termine en dehors de l'année du plan de travail ({year}) : vérifiez la date de fin.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="84" />
            <source>The event lasts {days} days, more than a year: check the dates.</source>
            <translation>L'événement dure {days} jours, plus d'un an : vérifiez les dates.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="89" />
            <source>Every person on the roster needs a name.</source>
            <translation>Chaque personne de la liste doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="319" />
            <source>This event was completed: say why it is being changed.</source>
            <translation>Cet événement est terminé : indiquez pourquoi il est modifié.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="336" />
            <source>Someone else saved this event while you were editing it. Now: {changes}. Nothing of yours was saved.</source>
            <translation>Quelqu’un d’autre a enregistré cet événement pendant que vous le modifiiez. Maintenant : {changes}. Rien de vos modifications n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="377" />
            <source>A reporting period was locked or opened meanwhile: nothing was saved. Try again to check the rows against the periods as they are now.</source>
            <translation>Une période de rapport a été verrouillée ou rouverte entre-temps : rien n’a été enregistré. Réessayez pour vérifier les lignes par rapport aux périodes telles qu’elles sont maintenant.</translation>
        </message>
        <message>
            <source>{count} organisations</source>
            <translation type="vanished">{count} organisations</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation type="vanished">{count} personnes</translation>
        </message>
        <message>
            <source>{count} files</source>
            <translation type="vanished">{count} fichiers</translation>
        </message>
    </context>
    <context>
        <name>EventParticipants</name>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="52" />
            <source>Add person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="54" />
            <source>Remove person</source>
            <translation>Retirer la personne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="56" />
            <source>Import attendance sheet…</source>
            <translation>Importer une feuille de présence…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="87" />
            <source>Import attendance sheet</source>
            <translation>Importer une feuille de présence</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="88" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="101" />
            <source>Cannot import the attendance sheet</source>
            <translation>Impossible d'importer la feuille de présence</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Member states</source>
            <translation>États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="111" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
    </context>
    <context>
        <name>EventsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="56" />
            <source>Event not found</source>
            <translation>Événement introuvable</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="57" />
            <source>This event no longer exists; it may have been deleted.</source>
            <translation>Cet événement n'existe plus ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="84" />
            <source>Delete event</source>
            <translation>Supprimer l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="84" />
            <source>Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).</source>
            <translation>Supprimer « {title} » ? Ses chiffres seront retirés des totaux du plan de travail. Vous pourrez annuler cette opération (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="86" />
            <source>Keep it</source>
            <translation>Conserver</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="91" />
            <source>Cannot delete the event</source>
            <translation>Impossible de supprimer l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="95" />
            <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
            <translation>« {title} » supprimé. Annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="105" />
            <source>Undo</source>
            <translation>Annulation de la suppression</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="107" />
            <source>Cannot undo</source>
            <translation>Annulation impossible</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="107" />
            <source>The event is gone.</source>
            <translation>L'événement n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="111" />
            <source>Event restored.</source>
            <translation>Événement rétabli.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="135" />
            <source>Restore unsaved event?</source>
            <translation>Restaurer l'événement non enregistré ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="135" />
            <source>An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): “{title}”. Restore it?</source>
            <translation>Un événement était en cours de saisie lorsque CICTE Desktop s'est fermé de manière inattendue (dernière conservation : {when}) : « {title} ». Le restaurer ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="137" />
            <source>untitled</source>
            <translation>sans titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="138" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="138" />
            <source>Discard it</source>
            <translation>Abandonner</translation>
        </message>
    </context>
    <context>
        <name>ExcelExport</name>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="52" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="53" />
            <source>all dates</source>
            <translation>toutes dates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="181" />
            <source>No work plan for {years}: their events are listed in the Events sheet but measured against no plan.</source>
            <translation>Aucun plan de travail pour {years} : leurs événements figurent dans la feuille Événements, mais ne sont mesurés par rapport à aucun plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="191" />
            <source>all member states</source>
            <translation>tous les États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="192" />
            <source>work area {number}</source>
            <translation>domaine d'action {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="192" />
            <source>all work areas</source>
            <translation>tous les domaines d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="197" />
            <source>{symbol} · Period: {period} · {state} · {area} · Exported {when}</source>
            <translation>{symbol} · Période : {period} · {state} · {area} · Exporté le {when}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="203" />
            <source>Work area / program</source>
            <translation>Domaine d'action / programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Sex not recorded</source>
            <translation>Sexe non renseigné</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Member states reached</source>
            <translation>États membres atteints</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="221" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="222" />
            <source>Summary by work area and program</source>
            <translation>Synthèse par domaine d'action et programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Numbering</source>
            <translation>Numérotation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="231" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="231" />
            <source>Upon request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="232" />
            <source>Amended</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="241" />
            <source>Work area</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="245" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="251" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="255" />
            <source>Planned activity</source>
            <translation>Activité prévue</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="256" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="258" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="267" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="284" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="303" />
            <source>Member state</source>
            <translation>État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="303" />
            <source>ISO code</source>
            <translation>Code ISO</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="307" />
            <source>{number}. events</source>
            <translation>{number}. événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="308" />
            <source>{number}. women</source>
            <translation>{number}. femmes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="309" />
            <source>{number}. men</source>
            <translation>{number}. hommes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="310" />
            <source>All work areas</source>
            <translation>Tous les domaines d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total events</source>
            <translation>Total des événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total women</source>
            <translation>Total des femmes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total men</source>
            <translation>Total des hommes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="333" />
            <source>Events and participants by member state and work area</source>
            <translation>Événements et participants par État membre et domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="335" />
            <source>An event that served several member states counts in the row of each, and once in the total.</source>
            <translation>Un événement qui a bénéficié à plusieurs États membres compte dans la ligne de chacun, et une seule fois dans le total.</translation>
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
            <translation>Participants (données personnelles)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Event ID</source>
            <translation>ID de l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="347" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="26" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="27" />
            <source>By member state</source>
            <translation>Par État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="27" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="40" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="40" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Plan path</source>
            <translation>Référence du plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="42" />
            <source>Modality</source>
            <translation>Modalité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>Member states</source>
            <translation>États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="44" />
            <source>Partner organisations</source>
            <translation>Organisations partenaires</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="44" />
            <source>Lead trainer</source>
            <translation>Formateur principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="45" />
            <source>Experts</source>
            <translation>Experts</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="45" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="47" />
            <source>Institutions</source>
            <translation>Institutions</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="48" />
            <source>Units toward target</source>
            <translation>Unités pour l'objectif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="48" />
            <source>Satisfaction (1-5)</source>
            <translation>Satisfaction (1-5)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="49" />
            <source>Pre-test average</source>
            <translation>Moyenne prétest</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="49" />
            <source>Post-test average</source>
            <translation>Moyenne post-test</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="50" />
            <source>Follow-up needed</source>
            <translation>Suivi nécessaire</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="50" />
            <source>Follow-up notes</source>
            <translation>Notes de suivi</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Outcomes</source>
            <translation>Résultats obtenus</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Plan year</source>
            <translation>Année du plan</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Objectif</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Réalisé</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation type="vanished">% de l'objectif</translation>
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="50" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>{name} n'a pas pu être lu comme classeur Excel (.xlsx) : {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="86" />
            <source>{name} was refused: its part {part} declares a document type or entities, which workbooks never do (a known way to attack the program that reads it).</source>
            <translation>{name} a été refusé : sa partie {part} déclare un type de document ou des entités, ce que les classeurs ne font jamais (un moyen connu d’attaquer le programme qui le lit).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="90" />
            <source>{name} is damaged or was altered: its part {part} is not well-formed XML ({detail}).</source>
            <translation>{name} est endommagé ou a été modifié : sa partie {part} n’est pas du XML bien formé ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="100" />
            <source>it is not a zip archive, as workbooks are.</source>
            <translation>ce n’est pas une archive zip, comme le sont les classeurs.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="106" />
            <source>it is a zip archive, but not of a workbook.</source>
            <translation>c’est une archive zip, mais pas celle d’un classeur.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="108" />
            <source>it holds {count} files, more than a workbook does.</source>
            <translation>il contient {count} fichiers, plus qu’un classeur.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="115" />
            <source>{name} was refused: its part {part} would unpack to {size} MB, far more than a workbook of events holds (a "zip bomb").</source>
            <translation>{name} a été refusé : sa partie {part} ferait {size} Mo une fois décompressée, bien plus que ce que contient un classeur d’événements (une « bombe zip »).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="139" />
            <source>it is a folder.</source>
            <translation>c’est un dossier.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="143" />
            <source>{name} does not exist (any more?).</source>
            <translation>{name} n’existe pas (ou plus ?).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="149" />
            <source>it is empty.</source>
            <translation>il est vide.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="149" />
            <source>it is {size} MB, far more than a workbook of events.</source>
            <translation>il fait {size} Mo, bien plus qu’un classeur d’événements.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="186" />
            <source>{name} has no Events sheet; export one from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} ne contient pas de feuille Événements ; exportez-en une depuis CICTE Desktop, modifiez-la, puis réimportez-la.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="189" />
            <source>{name} was refused: its Events sheet declares {rows} rows and {columns} columns, more than a worksheet can have.</source>
            <translation>{name} a été refusé : sa feuille des événements déclare {rows} lignes et {columns} colonnes, plus qu’une feuille ne peut en avoir.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="219" />
            <source>{name} holds more than {count} events; import it in parts.</source>
            <translation>{name} contient plus de {count} événements ; importez-le en plusieurs parties.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="225" />
            <source>{name}: row {row} of the Events sheet cannot be read ({detail}); the workbook was damaged or altered.</source>
            <translation>{name} : la ligne {row} de la feuille des événements est illisible ({detail}) ; le classeur a été endommagé ou modifié.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="142" />
            <source>The Events sheet of {name} lacks the columns {columns}.</source>
            <translation>Il manque à la feuille Événements de {name} les colonnes {columns}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="181" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="196" />
            <source>{column}: {problem}</source>
            <translation>{column} : {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="202" />
            <source>holds a formula ({formula}); the import takes typed values only: type the value, or copy the column and paste it as values</source>
            <translation>contient une formule ({formula}) ; l’importation ne prend que des valeurs saisies : saisissez la valeur, ou copiez la colonne et collez-la en valeurs</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="206" />
            <source>holds the error {value}</source>
            <translation>contient l’erreur {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="244" />
            <source>unknown {column} “{value}”</source>
            <translation>{column} : valeur « {value} » inconnue</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="251" />
            <source>unknown plan path “{path}”</source>
            <translation>référence du plan « {path} » inconnue</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="263" />
            <source>“{name}” is listed twice</source>
            <translation>« {name} » figure deux fois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="268" />
            <source>unknown member state “{name}”</source>
            <translation>État membre « {name} » inconnu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="269" />
            <source>unknown partner organisation “{name}”</source>
            <translation>organisation partenaire « {name} » inconnue</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="276" />
            <source>“{value}” is neither {yes} nor {no}</source>
            <translation>« {value} » n’est ni {yes} ni {no}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="279" />
            <source>the same event ID appears twice</source>
            <translation>le même ID d'événement figure deux fois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="300" />
            <source>no event has this ID (deleted, or from another database)</source>
            <translation>aucun événement ne porte cet ID (supprimé ou provenant d'une autre base de données)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="330" />
            <source>Nothing was imported: fix the rows with problems first.</source>
            <translation>Rien n'a été importé : corrigez d'abord les lignes comportant des problèmes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="334" />
            <source>Imported from {name}</source>
            <translation>Importé depuis {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="340" />
            <source>Nothing was imported: {reason}</source>
            <translation>Rien n’a été importé : {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="342" />
            <source>Nothing was imported: an event of the workbook was deleted meanwhile; import it again.</source>
            <translation>Rien n’a été importé : un événement du classeur a été supprimé entre-temps ; importez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="345" />
            <source>Nothing was imported: the database refuses a row of the workbook ({detail}).</source>
            <translation>Rien n’a été importé : la base de données refuse une ligne du classeur ({detail}).</translation>
        </message>
        <message>
            <source>bad date</source>
            <translation type="vanished">date non valide</translation>
        </message>
        <message>
            <source>a number column holds text</source>
            <translation type="vanished">une colonne numérique contient du texte</translation>
        </message>
        <message>
            <source>member state “{name}” is listed twice</source>
            <translation type="vanished">l’État membre « {name} » figure deux fois</translation>
        </message>
        <message>
            <source>partner organisation “{name}” is listed twice</source>
            <translation type="vanished">l’organisation partenaire « {name} » figure deux fois</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="6" />
            <source>Export Excel workbook</source>
            <translation>Exporter un classeur Excel</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="12" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="25" />
            <source>Work area</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="38" />
            <source>Member state</source>
            <translation>État membre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="51" />
            <source>Personal data</source>
            <translation>Données personnelles</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="61" />
            <source>Personal data: leave this off for reports that leave the Secretariat.</source>
            <translation>Données personnelles : laissez cette case décochée pour les rapports destinés à l'extérieur du Secrétariat.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="64" />
            <source>Include the participants' names, e-mails and phones</source>
            <translation>Inclure les noms, courriels et téléphones des participants</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="71" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="81" />
            <source>Sheet names, headings and the work plan's titles are written in this language.</source>
            <translation>Les noms des feuilles, les en-têtes et les intitulés du plan de travail sont rédigés dans cette langue.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="88" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="103" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="40" />
            <source>All work areas</source>
            <translation>Tous les domaines d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="44" />
            <source>All member states</source>
            <translation>Tous les États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="75" />
            <source>This period covers several years: the workbook has a Summary, Work plan and By member state sheet for each work plan year, measured against that year's plan, and one Events sheet with every event. Years without a work plan are named in a note.</source>
            <translation>Cette période couvre plusieurs années : le classeur contient une feuille Résumé, Plan de travail et Par État membre pour chaque année dotée d'un plan de travail, mesurée par rapport au plan de cette année, et une feuille Événements avec tous les événements. Les années sans plan de travail sont indiquées dans une note.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="84" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>A whole year</source>
            <translation type="vanished">Année entière</translation>
        </message>
        <message>
            <source>January-June</source>
            <translation type="vanished">Janvier-juin</translation>
        </message>
        <message>
            <source>July-December</source>
            <translation type="vanished">Juillet-décembre</translation>
        </message>
        <message>
            <source>Dates of my choice</source>
            <translation type="vanished">Dates au choix</translation>
        </message>
        <message>
            <source>to</source>
            <translation type="vanished">au</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation type="vanished">Dates</translation>
        </message>
    </context>
    <context>
        <name>FieldPackage</name>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="105" />
            <source>{name} holds a record this database refuses ({detail}). Nothing was imported.</source>
            <translation>{name} contient un enregistrement que cette base de données refuse ({detail}). Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="109" />
            <source>{name} was refused: its attached files are larger than a field package may hold ({member}). Nothing was imported.</source>
            <translation>{name} a été refusé : ses fichiers joints dépassent ce qu'un paquet de terrain peut contenir ({member}). Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="113" />
            <source>{name} is damaged: the attached file {member} does not match its checksum. Nothing was imported.</source>
            <translation>{name} est endommagé : le fichier joint {member} ne correspond pas à sa somme de contrôle. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="123" />
            <source>{name} is not signed. Nothing was imported.</source>
            <translation>{name} n'est pas signé. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="125" />
            <source>{name} was signed with a new key for {device} (fingerprint {fingerprint}), not the one confirmed here; nothing was imported. Compare the fingerprint with {device} and confirm it.</source>
            <translation>{name} a été signé avec une nouvelle clé de {device} (empreinte {fingerprint}), pas celle confirmée ici ; rien n'a été importé. Comparez l'empreinte avec {device} et confirmez-la.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="128" />
            <source>{name} comes from {device}, which now says it is headquarters (fingerprint {fingerprint}); nothing was imported. Confirm it only if it really is.</source>
            <translation>{name} vient de {device}, qui se présente maintenant comme le siège (empreinte {fingerprint}) ; rien n'a été importé. Confirmez-le seulement s'il l'est vraiment.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="131" />
            <source>{name} comes from {device}, a sender this computer does not know yet (fingerprint {fingerprint}); nothing was imported. Compare the fingerprint with {device} and confirm it.</source>
            <translation>{name} vient de {device}, un expéditeur que cet ordinateur ne connaît pas encore (empreinte {fingerprint}) ; rien n'a été importé. Comparez l'empreinte avec {device} et confirmez-la.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Devices</source>
            <translation>Postes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Work plans</source>
            <translation>Plans de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Work areas</source>
            <translation>Domaines d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Programs</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Projects</source>
            <translation>Projets</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Planned activities</source>
            <translation>Activités prévues</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="33" />
            <source>Member states</source>
            <translation>États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="33" />
            <source>Partner organisations</source>
            <translation>Organisations partenaires</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Mandates</source>
            <translation>Mandats</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Translated titles</source>
            <translation>Titres traduits</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Plan history</source>
            <translation>Historique du plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="35" />
            <source>Reporting periods</source>
            <translation>Périodes de rapport</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="36" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="36" />
            <source>Member states of events</source>
            <translation>États membres des événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="37" />
            <source>Partners of events</source>
            <translation>Partenaires des événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="37" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="38" />
            <source>Attached files</source>
            <translation>Fichiers joints</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="38" />
            <source>History of changes</source>
            <translation>Historique des modifications</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="65" />
            <source>{period}, locked</source>
            <translation>{period}, verrouillée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="65" />
            <source>{period}, open</source>
            <translation>{period}, ouverte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="372" />
            <source>{record} — event “{title}”</source>
            <translation>{record} — événement « {title} »</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="405" />
            <source>This package refers to {kind} that this database does not have ({count}, for example {uuid}). Only headquarters' packages change the work plan and its reference data, so {device}'s changes to them were not imported, nor can the records that refer to them be. If {device} made them (a plan started or edited on a laptop stays on it), ask headquarters to make the same change and send it here, then import this package again; if they came from headquarters, import headquarters' package first.</source>
            <translation>Ce paquet fait référence à des {kind} que cette base de données n'a pas ({count}, par exemple {uuid}). Seuls les paquets du siège modifient le plan de travail et ses données de référence : les modifications de {device} n'ont donc pas été importées, ni les enregistrements qui y renvoient. Si {device} les a faites (un plan créé ou modifié sur un portable y reste), demandez au siège d'apporter la même modification et de l'envoyer ici, puis importez de nouveau ce paquet ; si elles viennent du siège, importez d'abord le paquet du siège.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="415" />
            <source>This package refers to {count} {kind} that this database does not have (for example {uuid}). It needs an earlier package from {device} that was not imported here, or a newer version of CICTE Desktop. Import that package first, or ask {device} for a complete package (Export with “everything”).</source>
            <translation>Ce paquet fait référence à {count} {kind} que cette base de données ne contient pas (par exemple {uuid}). Il nécessite un paquet antérieur de {device} qui n'a pas été importé ici, ou une version plus récente de CICTE Desktop. Importez d'abord ce paquet, ou demandez à {device} un paquet complet (exportation avec l'option « Tout »).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/outgoing.py" line="60" />
            <source>Name the destination (for example Headquarters).</source>
            <translation>Nommez la destination (par exemple Siège).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/outgoing.py" line="174" />
            <source>This package would carry participants' names, e-mails or phones (personal data) without a passphrase.</source>
            <translation>Ce paquet contiendrait des noms, adresses électroniques ou téléphones de participants (données personnelles) sans phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="62" />
            <source>it ends too early</source>
            <translation>elle s'arrête trop tôt</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="62" />
            <source>unreadable data</source>
            <translation>données illisibles</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="63" />
            <source>{name} is damaged: its part {member} cannot be read ({detail}). Nothing was imported; copy the package again from where it was made.</source>
            <translation>{name} est endommagé : son élément {member} est illisible ({detail}). Rien n'a été importé ; copiez de nouveau le paquet depuis le poste où il a été créé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="69" />
            <source>{name} was refused: its part {member} is larger than a field package may hold. Nothing was imported.</source>
            <translation>{name} a été refusé : son élément {member} dépasse la taille autorisée pour un paquet de terrain. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="77" />
            <source>{name} was refused: it holds too many files ({count}). Nothing was imported.</source>
            <translation>{name} a été refusé : il contient trop de fichiers ({count}). Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="84" />
            <source>{name} was refused: it holds a file named {member}, which points outside the package's folder. Nothing was imported.</source>
            <translation>{name} a été refusé : il contient un fichier nommé {member}, qui pointe hors du dossier du paquet. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="88" />
            <source>{name} was refused: it holds {member} twice. Nothing was imported.</source>
            <translation>{name} a été refusé : il contient deux fois {member}. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="92" />
            <source>{name} is not a CICTE Desktop field package: it holds {member}, which no package holds.</source>
            <translation>{name} n'est pas un paquet de terrain CICTE Desktop : il contient {member}, qu'aucun paquet ne contient.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="99" />
            <source>{name} was refused as tampered with: its signature does not match its content, so it was changed after it was made, or made by someone other than the computer it names. Nothing was imported.</source>
            <translation>{name} a été refusé comme falsifié : sa signature ne correspond pas à son contenu ; il a donc été modifié après sa création, ou créé par un autre que l'ordinateur qu'il nomme. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="110" />
            <source>{name} was refused: it is not signed, so nothing tells who made it (packages made by earlier versions of CICTE Desktop are not signed: make it again with this version). Nothing was imported.</source>
            <translation>{name} a été refusé : il n'est pas signé, rien n'indique donc qui l'a créé (les paquets des versions antérieures de CICTE Desktop ne sont pas signés : recréez-le avec cette version). Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="136" />
            <source>{field} is missing or wrong</source>
            <translation>{field} manquant ou incorrect</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="160" />
            <source>an unknown kind of compression</source>
            <translation>un type de compression inconnu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="162" />
            <source>{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing was imported.</source>
            <translation>{name} est endommagé ou a été modifié après son écriture : {member} ne correspond pas à sa somme de contrôle. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="181" />
            <source>{name} was refused: it holds more data than a field package may. Nothing was imported.</source>
            <translation>{name} a été refusé : il contient plus de données qu'un paquet de terrain ne peut en contenir. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="207" />
            <source>{name} is not a CICTE Desktop field package (its manifest is not one).</source>
            <translation>{name} n'est pas un paquet de terrain CICTE Desktop (son manifeste n'est pas valide).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="239" />
            <source>{name} holds records of a kind this version of CICTE Desktop does not know ({table}). Install the newer version to import it.</source>
            <translation>{name} contient des enregistrements d'un type que cette version de CICTE Desktop ne connaît pas ({table}). Installez la version plus récente pour l'importer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="243" />
            <source>its columns are wrong</source>
            <translation>ses colonnes sont incorrectes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="246" />
            <source>{name} holds information this version of CICTE Desktop does not know ({table}.{column}). Install the newer version to import it.</source>
            <translation>{name} contient des informations que cette version de CICTE Desktop ne connaît pas ({table}.{column}). Installez la version plus récente pour l'importer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="252" />
            <source>{name} was refused: {problem}. Nothing was imported.</source>
            <translation>{name} a été refusé : {problem}. Rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="257" />
            <source>it holds {count} records where its manifest says {declared}</source>
            <translation>il contient {count} enregistrements là où son manifeste en annonce {declared}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="52" />
            <source>{name} could not be read ({detail}).</source>
            <translation>{name} n'a pas pu être lu ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="67" />
            <source>{name} is not a CICTE Desktop field package.</source>
            <translation>{name} n'est pas un paquet de terrain CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="71" />
            <source>{name} is damaged or incomplete (was it copied only in part?). Nothing was imported; copy the package again from where it was made.</source>
            <translation>{name} est endommagé ou incomplet (n'a-t-il été copié qu'en partie ?). Rien n'a été importé ; copiez de nouveau le paquet depuis le poste où il a été créé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="81" />
            <source>{name} is a folder, not a field package.</source>
            <translation>{name} est un dossier, et non un paquet de terrain.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="83" />
            <source>{name} does not exist.</source>
            <translation>{name} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="85" />
            <source>{name} is an empty file, not a field package.</source>
            <translation>{name} est un fichier vide, et non un paquet de terrain.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="93" />
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="95" />
            <source>{name} is protected with a passphrase. Enter the passphrase it was exported with.</source>
            <translation>{name} est protégé par une phrase secrète. Saisissez la phrase secrète utilisée lors de son exportation.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="124" />
            <source>{name} was protected by a newer version of CICTE Desktop (format {version}). Install the newer version to import it.</source>
            <translation>{name} a été protégé par une version plus récente de CICTE Desktop (format {version}). Installez cette version pour l'importer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="140" />
            <source>unusable encryption settings</source>
            <translation>paramètres de chiffrement inutilisables</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="143" />
            <source>Wrong passphrase for {name}. Nothing was imported; try again.</source>
            <translation>Phrase secrète incorrecte pour {name}. Rien n'a été importé ; réessayez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="157" />
            <source>cut short</source>
            <translation>tronqué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="162" />
            <source>{name} is damaged or was changed after it was written: its encrypted content does not check out. Nothing was imported.</source>
            <translation>{name} est endommagé ou a été modifié après son écriture : la vérification de son contenu chiffré a échoué. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="187" />
            <source>{name} is not a CICTE Desktop field package (it has no manifest).</source>
            <translation>{name} n'est pas un paquet de terrain CICTE Desktop (il n'a pas de manifeste).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="198" />
            <source>{name} was made by a newer version of CICTE Desktop (package format {version}; this version reads format {supported}). Install the newer version to import it.</source>
            <translation>{name} a été créé par une version plus récente de CICTE Desktop (format de paquet {version} ; cette version lit le format {supported}). Installez cette version pour l'importer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="204" />
            <source>{name} was made by a newer version of CICTE Desktop (database schema {schema}). Install the newer version to import it; nothing was imported.</source>
            <translation>{name} a été créé par une version plus récente de CICTE Desktop (schéma de base de données {schema}). Installez cette version pour l'importer ; rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="227" />
            <source>{name} is incomplete: {member} is listed in its manifest but missing. Nothing was imported.</source>
            <translation>{name} est incomplet : {member} figure dans son manifeste mais est absent. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="230" />
            <source>{name} was changed after it was written: it holds {member}, which its manifest does not list. Nothing was imported.</source>
            <translation>{name} a été modifié après son écriture : il contient {member}, qui ne figure pas dans son manifeste. Rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="249" />
            <source>{name} was refused: it holds the file {member}, which none of its records refers to. Nothing was imported.</source>
            <translation>{name} a été refusé : il contient le fichier {member}, auquel aucun de ses enregistrements ne se réfère. Rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="292" />
            <source>The passphrase needs at least {count} characters.</source>
            <translation>La phrase secrète doit comporter au moins {count} caractères.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="302" />
            <source>The passphrase file {path} could not be read ({detail}).</source>
            <translation>Le fichier de phrase secrète {path} n'a pas pu être lu ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="306" />
            <source>The passphrase file {path} is empty.</source>
            <translation>Le fichier de phrase secrète {path} est vide.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="87" />
            <source>The signing key {path} is damaged ({detail}). Move it aside to make a new one; the computers that trust this one will then have to confirm it again.</source>
            <translation>La clé de signature {path} est endommagée ({detail}). Déplacez-la pour en créer une nouvelle ; les ordinateurs qui font confiance à celui-ci devront la confirmer à nouveau.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="92" />
            <source>The signing key {path} is not an Ed25519 key.</source>
            <translation>La clé de signature {path} n'est pas une clé Ed25519.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="193" />
            <source>It says it is this database's headquarters.</source>
            <translation>Il se présente comme le siège de cette base de données.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="194" />
            <source>It says it is a laptop.</source>
            <translation>Il se présente comme un portable.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="196" />
            <source>{name} signed this package with a new key, not the one confirmed here before. Import it only if {name} really made a new key (a new installation): compare the fingerprint with its keeper by phone or in person.</source>
            <translation>{name} a signé ce paquet avec une nouvelle clé, pas celle confirmée ici auparavant. Importez-le seulement si {name} a vraiment créé une nouvelle clé (une nouvelle installation) : comparez l'empreinte avec son responsable par téléphone ou en personne.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="200" />
            <source>{name} is trusted here as a laptop and now says it is headquarters. Confirm only if it really became headquarters.</source>
            <translation>{name} est connu ici comme portable et se présente maintenant comme le siège. Confirmez seulement s'il est vraiment devenu le siège.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="203" />
            <source>This computer has never received a package from {name}. Compare the fingerprint below with the one {name} shows (Tools &gt; This Computer's Fingerprint), by phone or in person, before you trust it.</source>
            <translation>Cet ordinateur n'a jamais reçu de paquet de {name}. Comparez l'empreinte ci-dessous avec celle qu'affiche {name} (Outils &gt; Empreinte de cet ordinateur), par téléphone ou en personne, avant de lui faire confiance.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="208" />
            <source>{old} is headquarters here now; confirming makes {name} headquarters instead.</source>
            <translation>{old} est actuellement le siège ici ; confirmer fait de {name} le siège à sa place.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="133" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="133" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>Checksum</source>
            <translation>Somme de contrôle</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="136" />
            <source>Size (bytes)</source>
            <translation>Taille (octets)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="136" />
            <source>Kind of file</source>
            <translation>Type de fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="137" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="137" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="137" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="147" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="147" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>headquarters</source>
            <translation type="vanished">siège</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation type="vanished">portable</translation>
        </message>
        <message>
            <source>A computer is either headquarters or a laptop.</source>
            <translation type="vanished">Un ordinateur est soit le siège, soit un portable.</translation>
        </message>
        <message>
            <source>a record has the wrong number of values</source>
            <translation type="vanished">un enregistrement comporte un nombre de valeurs incorrect</translation>
        </message>
        <message>
            <source>record {uuid} has a wrong identity or time stamp</source>
            <translation type="vanished">l'enregistrement {uuid} a un identifiant ou un horodatage incorrect</translation>
        </message>
        <message>
            <source>a record holds a list or an object where a value goes</source>
            <translation type="vanished">un enregistrement contient une liste ou un objet là où va une valeur</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="175" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="176" />
            <source>Achieved</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="177" />
            <source>Counted toward target</source>
            <translation>Compté pour la cible</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="178" />
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="179" />
            <source>Expected by now</source>
            <translation>Attendu à ce jour</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="180" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="181" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="182" />
            <source>Share of achieved</source>
            <translation>Part du réalisé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="192" />
            <source>Met</source>
            <translation>Atteinte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="193" />
            <source>On track</source>
            <translation>En bonne voie</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="194" />
            <source>Behind</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="195" />
            <source>Not started</source>
            <translation>Pas commencé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="196" />
            <source>No numeric target</source>
            <translation>Pas de cible chiffrée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="197" />
            <source>Contribution</source>
            <translation>Contribution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="203" />
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="464" />
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../../cicte_desktop/files.py" line="48" />
            <source>{path} cannot be written ({detail}).</source>
            <translation>Impossible d’écrire {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="50" />
            <source>{path} is a link to {target}: it was not replaced. Give the path of the file itself, or another name.</source>
            <translation>{path} est un lien vers {target} : il n’a pas été remplacé. Indiquez le chemin du fichier lui-même, ou un autre nom.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="53" />
            <source>{path} is a folder: give the name of a file to write in it.</source>
            <translation>{path} est un dossier : indiquez le nom d’un fichier à y écrire.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="55" />
            <source>{path} is a device or a special file, not a file: it was not replaced. Give the name of a file.</source>
            <translation>{path} est un périphérique ou un fichier spécial, pas un fichier : il n’a pas été remplacé. Indiquez le nom d’un fichier.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="40" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="62" />
            <source>Reset filters</source>
            <translation>Réinitialiser les filtres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="71" />
            <source>All member states, types and statuses, over the work plan's year</source>
            <translation>Tous les États membres, types et statuts, sur l'année du plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="79" />
            <source>Member state</source>
            <translation>État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="79" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="80" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="80" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="81" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="40" />
            <source>Search the guide</source>
            <translation>Rechercher dans le guide</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="47" />
            <source>Topics</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="55" />
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="59" />
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="65" />
            <source>Topic</source>
            <translation>Rubrique</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="132" />
            <source>CICTE Desktop User Guide — {topic}</source>
            <translation>Guide de l'utilisateur de CICTE Desktop — {topic}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="18" />
            <source>Import events — {name}</source>
            <translation>Importer des événements — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="20" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="24" />
            <source>Rows of the workbook</source>
            <translation>Lignes du classeur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>What happens</source>
            <translation>Opération</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="26" />
            <source>Changes or problems</source>
            <translation>Modifications ou problèmes</translation>
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
                <numerusform>%n nouveau</numerusform>
                <numerusform>%n nouveaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="41" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="42" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n inchangé</numerusform>
                <numerusform>%n inchangés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="43" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n avec problèmes</numerusform>
                <numerusform>%n avec problèmes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="45" />
            <source>Nothing is written until you press Import, and then everything at once. Rows with problems block the import: correct them in the workbook and import it again.</source>
            <translation>Rien n'est écrit avant que vous cliquiez sur Importer, puis tout l'est en une seule fois. Les lignes comportant des problèmes bloquent l'importation : corrigez-les dans le classeur et importez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="48" />
            <source>Nothing is written until you press Import, and then everything at once.</source>
            <translation>Rien n'est écrit avant que vous cliquiez sur Importer, puis tout l'est en une seule fois.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="51" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} with problems.</source>
            <translation type="vanished">{new} nouveaux, {changed} modifiés, {unchanged} inchangés, {rejected} avec problèmes.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="207" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="104" />
            <source>CICTE Desktop</source>
            <translation>CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="110" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="172" />
            <source>The work plan to show</source>
            <translation>Plan de travail à afficher</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="175" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="177" />
            <source>Search the plan and events (Ctrl+F)</source>
            <translation>Rechercher dans le plan et les événements (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="181" />
            <source>Finds plan items and events whose words start with what you type, and events by member state, by name or code (Jamaica, JAM); accents ignored, events from 3 letters on. Escape clears the search.</source>
            <translation>Trouve les éléments du plan et les événements dont des mots commencent par le texte saisi, et les événements par État membre, par nom ou code (Jamaïque, JAM) ; sans tenir compte des accents, événements à partir de 3 lettres. Échap efface la recherche.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="30" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="31" />
            <source>Eve&amp;nts</source>
            <translation>É&amp;vénements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="32" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="33" />
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="34" />
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="35" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="37" />
            <source>&amp;New Event…</source>
            <translation>&amp;Nouvel événement…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="40" />
            <source>Log a mission, workshop, course... under the selected planned activity (Ctrl+N)</source>
            <translation>Consigner une mission, un atelier, un cours… sous l'activité prévue sélectionnée (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="42" />
            <source>&amp;Export Excel Workbook…</source>
            <translation>&amp;Exporter un classeur Excel…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="45" />
            <source>Export &amp;PDF Report…</source>
            <translation>Exporter un rapport &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="48" />
            <source>The semi-annual implementation report, a member-state report or certificates of participation, previewed before saving (Ctrl+R)</source>
            <translation>Le rapport semestriel d'exécution, un rapport d'État membre ou des certificats de participation, avec aperçu avant l'enregistrement (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="51" />
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="75" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Ouvrir la base de données…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="80" />
            <source>&amp;Connect to Server…</source>
            <translation>Se &amp;connecter à un serveur…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="81" />
            <source>Headquarters' database on a PostgreSQL server</source>
            <translation>La base de données du siège sur un serveur PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="85" />
            <source>&amp;Back Up To…</source>
            <translation>&amp;Sauvegarder vers…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="88" />
            <source>&amp;Restore From Backup…</source>
            <translation>&amp;Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="94" />
            <source>&amp;Import Events From Excel…</source>
            <translation>&amp;Importer des événements d'Excel…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="100" />
            <source>Export &amp;Field Package…</source>
            <translation>Exporter un paquet de &amp;terrain…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="102" />
            <source>What was logged or changed here, in one file for headquarters or another laptop</source>
            <translation>Ce qui a été consigné ou modifié ici, dans un seul fichier destiné au siège ou à un autre portable</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="105" />
            <source>Import Field Pac&amp;kage…</source>
            <translation>Importer un p&amp;aquet de terrain…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="110" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="117" />
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="123" />
            <source>&amp;Undo Delete</source>
            <translation>&amp;Annuler la suppression</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="130" />
            <source>Translated &amp;Titles…</source>
            <translation>&amp;Titres traduits…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="131" />
            <source>The Spanish, French and Portuguese titles of the selected plan item</source>
            <translation>Les titres espagnol, français et portugais de l'élément du plan sélectionné</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="134" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="143" />
            <source>&amp;Expand All</source>
            <translation>&amp;Tout développer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="147" />
            <source>&amp;Collapse All</source>
            <translation>Tout &amp;réduire</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="150" />
            <source>&amp;Reset Filters</source>
            <translation>Réinitialiser les &amp;filtres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="154" />
            <source>&amp;Dashboard</source>
            <translation>Tableau de &amp;bord</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="156" />
            <source>The year's work in charts: progress, events by month, participants and the member states reached (Ctrl+Shift+D)</source>
            <translation>Le travail de l'année en graphiques : avancement, événements par mois, participants et États membres atteints (Ctrl+Maj+D)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="168" />
            <source>&amp;New Work Plan…</source>
            <translation>&amp;Nouveau plan de travail…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="169" />
            <source>Start a year's work plan from an earlier one</source>
            <translation>Créer le plan de travail d’une année à partir d’un plan antérieur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="172" />
            <source>&amp;Edit Work Plan…</source>
            <translation>&amp;Modifier le plan de travail…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="174" />
            <source>Add, rename, move or retire items of the year's plan, with a reason for every change</source>
            <translation>Ajouter, renommer, déplacer ou retirer des éléments du plan de l'année, avec un motif pour chaque modification</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="179" />
            <source>E&amp;xport Plan Workbook…</source>
            <translation>E&amp;xporter le classeur du plan…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="181" />
            <source>The year's plan as a workbook, one row per item, to draft changes or next year's plan in Excel</source>
            <translation>Le plan de l'année en classeur, une ligne par élément, pour préparer des changements ou le plan de l'année suivante dans Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="184" />
            <source>&amp;Import Plan Workbook…</source>
            <translation>&amp;Importer le classeur du plan…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="186" />
            <source>Preview what a plan workbook adds, changes and retires, then make the changes with a reason</source>
            <translation>Voir ce qu'un classeur du plan ajoute, modifie et retire, puis faire les changements avec un motif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="192" />
            <source>&amp;Privacy…</source>
            <translation>&amp;Confidentialité…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="194" />
            <source>&amp;Check the Database</source>
            <translation>&amp;Vérifier la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="199" />
            <source>&amp;Device Name…</source>
            <translation>&amp;Nom du poste…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="201" />
            <source>Conflict &amp;History…</source>
            <translation>&amp;Historique des conflits…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="204" />
            <source>This Computer Is Head&amp;quarters</source>
            <translation>Cet ordinateur est le &amp;siège</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="208" />
            <source>This Computer's &amp;Fingerprint…</source>
            <translation>&amp;Empreinte de cet ordinateur…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="214" />
            <source>Open &amp;Log Folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="217" />
            <source>&amp;About CICTE Desktop</source>
            <translation>À &amp;propos de CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="220" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l'utilisateur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="229" />
            <source>&amp;Open Event</source>
            <translation>&amp;Ouvrir l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="231" />
            <source>&amp;Duplicate Event</source>
            <translation>&amp;Dupliquer l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="234" />
            <source>De&amp;lete Event…</source>
            <translation>&amp;Supprimer l'événement…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="239" />
            <source>&amp;Certificates of Participation…</source>
            <translation>&amp;Certificats de participation…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="240" />
            <source>One certificate per participant of the selected event, to print</source>
            <translation>Un certificat par participant de l'événement sélectionné, à imprimer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="242" />
            <source>&amp;Reporting Periods…</source>
            <translation>&amp;Périodes de rapport…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="259" />
            <source>&amp;Bigger Text</source>
            <translation>Texte plus &amp;grand</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="263" />
            <source>&amp;Smaller Text</source>
            <translation>Texte plus &amp;petit</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="266" />
            <source>&amp;Normal Text Size</source>
            <translation>Taille de texte &amp;normale</translation>
        </message>
        <message>
            <source>{path} is on read-only media: you can view it, check it and export from it, but changes cannot be saved. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation type="vanished">{path} se trouve sur un support en lecture seule : vous pouvez le consulter, le vérifier et en exporter des données, mais les modifications ne peuvent pas être enregistrées. Pour le modifier, copiez-le dans un dossier où vous pouvez écrire et ouvrez la copie.</translation>
        </message>
        <message>
            <source>{year} Work Plan</source>
            <translation type="vanished">Plan de travail {year}</translation>
        </message>
        <message>
            <source>{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</source>
            <translation type="vanished">{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</translation>
        </message>
        <message numerus="yes">
            <source>%n work area(s)</source>
            <translation type="vanished">
                <numerusform>%n domaine d'action</numerusform>
                <numerusform>%n domaines d'action</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n program(s)</source>
            <translation type="vanished">
                <numerusform>%n programme</numerusform>
                <numerusform>%n programmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n project(s)</source>
            <translation type="vanished">
                <numerusform>%n projet</numerusform>
                <numerusform>%n projets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned activity(ies)</source>
            <translation type="vanished">
                <numerusform>%n activité prévue</numerusform>
                <numerusform>%n activités prévues</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan items or events match “{text}”.</source>
            <translation type="vanished">Aucun élément du plan ni événement ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>The search finds words that start with what you type in the plan, in the events' titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).</source>
            <translation type="vanished">La recherche trouve les mots qui commencent par ce que vous tapez dans le plan, dans les titres, lieux, formateurs et notes des événements, et les États membres par leur nom ou leur code (Jamaïque, JAM).</translation>
        </message>
        <message>
            <source>Only events under the current filters are searched: Reset Filters (Ctrl+Shift+R) searches them all.</source>
            <translation type="vanished">Seuls les événements retenus par les filtres actuels sont recherchés : Réinitialiser les filtres (Ctrl+Maj+R) les recherche tous.</translation>
        </message>
        <message>
            <source>No plan items match “{text}”.</source>
            <translation type="vanished">Aucun élément du plan ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>Type at least {count} letters to search the events too.</source>
            <translation type="vanished">Saisissez au moins {count} lettres pour rechercher aussi dans les événements.</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation type="vanished">Domaine d'action</translation>
        </message>
        <message>
            <source>Program</source>
            <translation type="vanished">Programme</translation>
        </message>
        <message>
            <source>Project</source>
            <translation type="vanished">Projet</translation>
        </message>
        <message>
            <source>Planned activity</source>
            <translation type="vanished">Activité prévue</translation>
        </message>
        <message>
            <source>Upon request</source>
            <translation type="vanished">Sur demande</translation>
        </message>
        <message>
            <source>no numeric target</source>
            <translation type="vanished">aucun objectif chiffré</translation>
        </message>
        <message>
            <source>No events under this item match “{text}”.</source>
            <translation type="vanished">Aucun événement de cet élément ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>No events under this item match the filters. Widen the dates or choose Reset Filters (Ctrl+Shift+R).</source>
            <translation type="vanished">Aucun événement de cet élément ne correspond aux filtres. Élargissez les dates ou choisissez Réinitialiser les filtres (Ctrl+Maj+R).</translation>
        </message>
        <message>
            <source>No events logged under this {kind} in {year} yet — press Ctrl+N to log one.</source>
            <translation type="vanished">Aucun événement encore consigné sous cet élément ({kind}) en {year} — appuyez sur Ctrl+N pour en consigner un.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation type="vanished">Préférences</translation>
        </message>
        <message>
            <source>CICTE Desktop will be in {language} the next time it starts.</source>
            <translation type="vanished">CICTE Desktop s'affichera dans la langue choisie ({language}) au prochain démarrage.</translation>
        </message>
        <message>
            <source>Translated titles</source>
            <translation type="vanished">Titres traduits</translation>
        </message>
        <message>
            <source>Select a work area, program, project or planned activity first.</source>
            <translation type="vanished">Sélectionnez d'abord un domaine d'action, un programme, un projet ou une activité prévue.</translation>
        </message>
        <message>
            <source>Cannot save the titles</source>
            <translation type="vanished">Impossible d'enregistrer les titres</translation>
        </message>
        <message>
            <source>The titles could not be written ({detail}). Nothing was changed.</source>
            <translation type="vanished">Les titres n'ont pas pu être écrits ({detail}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>About CICTE Desktop</source>
            <translation type="vanished">À propos de CICTE Desktop</translation>
        </message>
        <message>
            <source>CICTE Desktop {version}

Plans, logs and reports the capacity-building work of the Secretariat of the Inter-American Committee against Terrorism (OAS).

Database: {path}</source>
            <translation type="vanished">CICTE Desktop {version}

Planification, suivi et compte rendu des activités de renforcement des capacités du Secrétariat du Comité interaméricain contre le terrorisme (OEA).

Base de données : {path}</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation type="vanished">Impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <source>The database is in use</source>
            <translation type="vanished">La base de données est en cours d'utilisation</translation>
        </message>
        <message>
            <source>{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other program is done.</source>
            <translation type="vanished">{problem} D'ici là, les modifications ne peuvent pas être enregistrées ; fermez CICTE Desktop et rouvrez-le lorsque l'autre programme aura terminé.</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation type="vanished">Ouvrir une base de données</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation type="vanished">Bases de données CICTE (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>No automatic backup yet</source>
            <translation type="vanished">Aucune sauvegarde automatique pour l'instant</translation>
        </message>
        <message numerus="yes">
            <source>Last backup: %n hour(s) ago</source>
            <translation type="vanished">
                <numerusform>Dernière sauvegarde : il y a %n heure</numerusform>
                <numerusform>Dernière sauvegarde : il y a %n heures</numerusform>
            </translation>
        </message>
        <message>
            <source>Last backup: less than an hour ago</source>
            <translation type="vanished">Dernière sauvegarde : il y a moins d'une heure</translation>
        </message>
        <message>
            <source>Back Up To</source>
            <translation type="vanished">Sauvegarder vers</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite)</source>
            <translation type="vanished">Bases de données CICTE (*.sqlite)</translation>
        </message>
        <message>
            <source>The backup failed</source>
            <translation type="vanished">La sauvegarde a échoué</translation>
        </message>
        <message>
            <source>Choose another file: this is the database you are working on.</source>
            <translation type="vanished">Choisissez un autre fichier : il s'agit de la base de données en cours d'utilisation.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation type="vanished">Sauvegarde</translation>
        </message>
        <message>
            <source>Copying the database to {path}…</source>
            <translation type="vanished">Copie de la base de données vers {path}…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="vanished">Annulé : rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Saved {path}: {events}, {people}.</source>
            <translation type="vanished">{path} enregistré : {events}, {people}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation type="vanished">
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
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
                <numerusform>Remarque : %n ligne de la base de données renvoie à des enregistrements manquants ; Outils &gt; Vérifier la base de données indique laquelle.</numerusform>
                <numerusform>Remarque : %n lignes de la base de données renvoient à des enregistrements manquants ; Outils &gt; Vérifier la base de données indique lesquelles.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation type="vanished">Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Cannot restore this backup</source>
            <translation type="vanished">Impossible de restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation type="vanished">Cette sauvegarde a été enregistrée le {when} sur {device}. Elle contient {events} et {people}.

Remplacer par celle-ci la base de données en cours d'utilisation ? La base actuelle sera d'abord conservée comme sauvegarde.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation type="vanished">Restaurer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Annuler</translation>
        </message>
        <message>
            <source>The restore failed</source>
            <translation type="vanished">La restauration a échoué</translation>
        </message>
        <message>
            <source>Restored. The database as it was is kept in {kept}.</source>
            <translation type="vanished">Restauration effectuée. La base de données antérieure est conservée dans {kept}.</translation>
        </message>
        <message>
            <source>Check the database</source>
            <translation type="vanished">Vérifier la base de données</translation>
        </message>
        <message>
            <source>Event not found</source>
            <translation type="vanished">Événement introuvable</translation>
        </message>
        <message>
            <source>This event no longer exists; it may have been deleted.</source>
            <translation type="vanished">Cet événement n'existe plus ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation type="vanished">Supprimer l'événement</translation>
        </message>
        <message>
            <source>Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).</source>
            <translation type="vanished">Supprimer « {title} » ? Ses chiffres seront retirés des totaux du plan de travail. Vous pourrez annuler cette opération (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation type="vanished">Conserver</translation>
        </message>
        <message>
            <source>Cannot delete the event</source>
            <translation type="vanished">Impossible de supprimer l'événement</translation>
        </message>
        <message>
            <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
            <translation type="vanished">« {title} » supprimé. Annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="vanished">Annulation de la suppression</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation type="vanished">Annulation impossible</translation>
        </message>
        <message>
            <source>The event is gone.</source>
            <translation type="vanished">L'événement n'existe plus.</translation>
        </message>
        <message>
            <source>Event restored.</source>
            <translation type="vanished">Événement rétabli.</translation>
        </message>
        <message>
            <source>Restore unsaved event?</source>
            <translation type="vanished">Restaurer l'événement non enregistré ?</translation>
        </message>
        <message>
            <source>An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): “{title}”. Restore it?</source>
            <translation type="vanished">Un événement était en cours de saisie lorsque CICTE Desktop s'est fermé de manière inattendue (dernière conservation : {when}) : « {title} ». Le restaurer ?</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation type="vanished">sans titre</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation type="vanished">Abandonner</translation>
        </message>
        <message>
            <source>Cannot export this period</source>
            <translation type="vanished">Impossible d’exporter cette période</translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="vanished">Exportation</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="vanished">Écriture de {name}…</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation type="vanished">Annulé : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>The export failed</source>
            <translation type="vanished">L'exportation a échoué</translation>
        </message>
        <message>
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation type="vanished">{path} n'a pas pu être écrit ({detail}). Aucun fichier partiel n'a été laissé.</translation>
        </message>
        <message>
            <source>Wrote {path}: {events}.</source>
            <translation type="vanished">{path} écrit : {events}.</translation>
        </message>
        <message>
            <source>Export Plan Workbook</source>
            <translation type="vanished">Exporter le classeur du plan</translation>
        </message>
        <message>
            <source>Work plan {year}.xlsx</source>
            <translation type="vanished">Plan de travail {year}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="vanished">Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then import it with Plan &gt; Import Plan Workbook….</source>
            <translation type="vanished">{path} écrit : {items} du plan de travail {year}. Modifiez-le dans Excel (sa feuille Mode d'emploi explique comment), puis importez-le avec Plan &gt; Importer le classeur du plan….</translation>
        </message>
        <message numerus="yes">
            <source>%n plan item(s)</source>
            <translation type="vanished">
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Plan Workbook</source>
            <translation type="vanished">Importer le classeur du plan</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation type="vanished">Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation type="vanished">Lecture de {name}…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation type="vanished">Impossible d'importer ce fichier</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="vanished">Rien n'a été importé</translation>
        </message>
        <message>
            <source>{added}, {changed}, {retired}.</source>
            <translation type="vanished">{added}, {changed}, {retired}.</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation type="vanished">
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation type="vanished">
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n retired</source>
            <translation type="vanished">
                <numerusform>%n retiré</numerusform>
                <numerusform>%n retirés</numerusform>
            </translation>
        </message>
        <message>
            <source>Created the {year} work plan: {changes}</source>
            <translation type="vanished">Plan de travail {year} créé : {changes}</translation>
        </message>
        <message>
            <source>Changed the {year} work plan: {changes}</source>
            <translation type="vanished">Plan de travail {year} modifié : {changes}</translation>
        </message>
        <message>
            <source>The work plan was not created</source>
            <translation type="vanished">Le plan de travail n’a pas été créé</translation>
        </message>
        <message>
            <source>Started the {year} work plan from the {source} plan.</source>
            <translation type="vanished">Le plan de travail {year} a été créé à partir du plan {source}.</translation>
        </message>
        <message>
            <source>Certificates of participation</source>
            <translation type="vanished">Certificats de participation</translation>
        </message>
        <message>
            <source>This event has no participants on its roster. Add them in the event's form (or import its attendance sheet) to print their certificates.</source>
            <translation type="vanished">La liste de cet événement ne comporte aucun participant. Ajoutez-les dans le formulaire de l'événement (ou importez sa feuille de présence) pour imprimer leurs certificats.</translation>
        </message>
        <message>
            <source>Cannot make this report</source>
            <translation type="vanished">Impossible de produire ce rapport</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation type="vanished">Rapport PDF</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation type="vanished">Préparation de {name}…</translation>
        </message>
        <message>
            <source>The report failed</source>
            <translation type="vanished">La création du rapport a échoué</translation>
        </message>
        <message>
            <source>The report could not be written ({detail}).</source>
            <translation type="vanished">Le rapport n'a pas pu être écrit ({detail}).</translation>
        </message>
        <message>
            <source>Import events from Excel</source>
            <translation type="vanished">Importer des événements d'Excel</translation>
        </message>
        <message>
            <source>Import</source>
            <translation type="vanished">Importation</translation>
        </message>
        <message>
            <source>{created}, {changed}.</source>
            <translation type="vanished">{created}, {changed}.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) created</source>
            <translation type="vanished">
                <numerusform>%n événement créé</numerusform>
                <numerusform>%n événements créés</numerusform>
            </translation>
        </message>
        <message>
            <source>Export field package</source>
            <translation type="vanished">Exporter un paquet de terrain</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events}, {records}, {files}.</source>
            <translation type="vanished">{path} écrit pour {destination} : {events}, {records}, {files}.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) in all</source>
            <translation type="vanished">
                <numerusform>%n enregistrement au total</numerusform>
                <numerusform>%n enregistrements au total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation type="vanished">
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>It is protected with a passphrase: give it to the person importing the package by another way than the USB stick.</source>
            <translation type="vanished">Il est protégé par une phrase secrète : communiquez-la à la personne qui importera le paquet par un autre moyen que la clé USB.</translation>
        </message>
        <message>
            <source>Import field package</source>
            <translation type="vanished">Importer un paquet de terrain</translation>
        </message>
        <message>
            <source>Field packages (*.cictepkg);;All files (*)</source>
            <translation type="vanished">Paquets de terrain (*.cictepkg);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation type="vanished">Vérification de {name}…</translation>
        </message>
        <message>
            <source>Protected package</source>
            <translation type="vanished">Paquet protégé</translation>
        </message>
        <message>
            <source>Cannot import this package</source>
            <translation type="vanished">Impossible d'importer ce paquet</translation>
        </message>
        <message>
            <source>Comparing {name} with this database…</source>
            <translation type="vanished">Comparaison de {name} avec cette base de données…</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation type="vanished">Importation de {name}…</translation>
        </message>
        <message>
            <source>Imported from {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.</source>
            <translation type="vanished">Importé depuis {device} : {new}, {updated}, {deleted} ; {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation type="vanished">
                <numerusform>%n nouveau</numerusform>
                <numerusform>%n nouveaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation type="vanished">
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation type="vanished">
                <numerusform>%n supprimé</numerusform>
                <numerusform>%n supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved</source>
            <translation type="vanished">
                <numerusform>%n conflit résolu</numerusform>
                <numerusform>%n conflits résolus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stored</source>
            <translation type="vanished">
                <numerusform>%n fichier enregistré</numerusform>
                <numerusform>%n fichiers enregistrés</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is now headquarters: laptops will be asked to confirm its fingerprint once.</source>
            <translation type="vanished">Cet ordinateur est maintenant le siège : les portables devront confirmer son empreinte une fois.</translation>
        </message>
        <message>
            <source>This computer is now a laptop.</source>
            <translation type="vanished">Cet ordinateur est maintenant un portable.</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="vanished">Empreinte</translation>
        </message>
        <message>
            <source>{name} ({role}) signs its field packages with the key whose fingerprint is

{fingerprint}

The first time another computer imports a package from this one, it shows this fingerprint: compare it by phone or in person before confirming.</source>
            <translation type="vanished">{name} ({role}) signe ses paquets de terrain avec la clé dont l'empreinte est

{fingerprint}

La première fois qu'un autre ordinateur importe un paquet de celui-ci, il affiche cette empreinte : comparez-la par téléphone ou en personne avant de confirmer.</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation type="vanished">Nom du poste</translation>
        </message>
        <message>
            <source>This computer is now called “{name}”.</source>
            <translation type="vanished">Ce poste s'appelle désormais « {name} ».</translation>
        </message>
        <message numerus="yes">
            <source>%n units over the planned activities below</source>
            <translation type="vanished">
                <numerusform>%n unité au total des activités prévues ci-dessous</numerusform>
                <numerusform>%n unités au total des activités prévues ci-dessous</numerusform>
            </translation>
        </message>
        <message>
            <source>{symbol} · {areas} work areas, {programs} programs, {projects} projects, {activities} planned activities · {path}</source>
            <translation type="vanished">{symbol} · {areas} domaines d'action, {programs} programmes, {projects} projets, {activities} activités prévues · {path}</translation>
        </message>
        <message>
            <source>Wrote {path}: {events} events.</source>
            <translation type="vanished">{path} écrit : {events} événements.</translation>
        </message>
        <message>
            <source>{created} events created, {changed} changed.</source>
            <translation type="vanished">{created} événements créés, {changed} modifiés.</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events} events, {records} records in all, {files} files.</source>
            <translation type="vanished">{path} écrit pour {destination} : {events} événements, {records} enregistrements au total, {files} fichiers.</translation>
        </message>
        <message>
            <source>Imported from {device}: {new} new, {updated} updated, {deleted} deleted; {conflicts} conflicts resolved, {files} files stored.</source>
            <translation type="vanished">Importé depuis {device} : {new} nouveaux, {updated} mis à jour, {deleted} supprimés ; {conflicts} conflits résolus, {files} fichiers enregistrés.</translation>
        </message>
        <message>
            <source>Saved {path}: {events} events, {people} participants.</source>
            <translation type="vanished">{path} enregistré : {events} événements, {people} participants.</translation>
        </message>
        <message>
            <source>This backup was saved on {when} on {device}. It holds {events} events and {people} participants.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation type="vanished">Cette sauvegarde a été enregistrée le {when} sur {device}. Elle contient {events} événements et {people} participants.

Remplacer par celle-ci la base de données en cours d'utilisation ? La base actuelle sera d'abord conservée comme sauvegarde.</translation>
        </message>
        <message>
            <source>Finds plan items and events whose words start with what you type (accents ignored; events from 3 letters on). Escape clears the search.</source>
            <translation type="vanished">Trouve les éléments du plan et les événements dont des mots commencent par le texte saisi (sans tenir compte des accents ; événements à partir de 3 lettres). Échap efface la recherche.</translation>
        </message>
        <message>
            <source>This Computer Is &amp;Headquarters</source>
            <translation type="vanished">Cet ordinateur est le &amp;siège</translation>
        </message>
    </context>
    <context>
        <name>MapCanvas</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="174" />
            <source>{state}: %Ln participant(s)</source>
            <translation>
                <numerusform>{state} : %Ln participant</numerusform>
                <numerusform>{state} : %Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="176" />
            <source>{state}: %Ln event(s)</source>
            <translation>
                <numerusform>{state} : %Ln événement</numerusform>
                <numerusform>{state} : %Ln événements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberStateMap</name>
        <message>
            <location filename="../../cicte_desktop/services/member_state_map.py" line="143" />
            <source>Eastern Caribbean</source>
            <translation>Caraïbes orientales</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="125" />
            <source>Move to…</source>
            <translation>Déplacer vers…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="127" />
            <source>Move “{item}” under:</source>
            <translation>Déplacer « {item} » sous :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="130" />
            <source>Now under: {parent}</source>
            <translation>Actuellement sous : {parent}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="136" />
            <source>Narrow the list</source>
            <translation>Filtrer la liste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="137" />
            <source>Type a code or words of the title to narrow the list</source>
            <translation>Tapez un code ou des mots du titre pour réduire la liste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="141" />
            <source>Move under</source>
            <translation>Déplacer sous</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="149" />
            <source>It goes last under the item chosen, with the next number there. Retired items are not listed.</source>
            <translation>Il se place en dernier sous l'élément choisi, avec le numéro suivant. Les éléments retirés ne sont pas listés.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="154" />
            <source>&amp;Move</source>
            <translation>&amp;Déplacer</translation>
        </message>
    </context>
    <context>
        <name>MultiSelect</name>
        <message>
            <location filename="../../cicte_desktop/views/multi_select.py" line="114" />
            <source>None chosen</source>
            <translation>Aucune sélection</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="6" />
            <source>New Work Plan</source>
            <translation>Nouveau plan de travail</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="18" />
            <source>The new plan starts as a copy of an earlier one: every work area, program, project and planned activity is carried over with its targets and its titles in every language, linked to the item it came from. You can change them afterwards.</source>
            <translation>Le nouveau plan commence comme une copie d’un plan antérieur : chaque domaine de travail, programme, projet et activité prévue est repris avec ses objectifs et ses titres dans toutes les langues, lié à l’élément dont il provient. Vous pourrez les modifier ensuite.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="30" />
            <source>&amp;Year of the new plan:</source>
            <translation>&amp;Année du nouveau plan :</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="47" />
            <source>&amp;Start from:</source>
            <translation>&amp;Partir de :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="31" />
            <source>{year} Work Plan</source>
            <translation>Plan de travail {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="34" />
            <source>This computer is not headquarters: the new plan stays on this computer, as other computers refuse work-plan changes from a laptop, and events logged under it reach them only once headquarters starts the same plan (from the same earlier plan). To give every laptop the new plan, start it at headquarters and send it in a field package.</source>
            <translation>Cet ordinateur n’est pas le siège : le nouveau plan reste sur cet ordinateur, car les autres refusent les modifications du plan de travail venant d’un portable, et les événements enregistrés sous ce plan ne leur parviennent qu’une fois que le siège a créé le même plan (à partir du même plan antérieur). Pour que chaque portable ait le nouveau plan, créez-le au siège et envoyez-le dans un paquet de terrain.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="38" />
            <source>This computer is headquarters: the new plan goes to the laptops in the next field packages.</source>
            <translation>Cet ordinateur est le siège : le nouveau plan parviendra aux ordinateurs portables dans les prochains paquets de terrain.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="43" />
            <source>Create Plan</source>
            <translation>Créer le plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="55" />
            <source>There is already a work plan for {year}: choose another year.</source>
            <translation>Il existe déjà un plan de travail pour {year} : choisissez une autre année.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="58" />
            <source>There is no work plan to start from.</source>
            <translation>Il n’y a aucun plan de travail de départ.</translation>
        </message>
        <message>
            <source>This computer is not headquarters: the new plan stays on this computer, as other computers refuse work-plan changes from a laptop. To give every laptop the new plan, start it at headquarters and send it in a field package.</source>
            <translation type="vanished">Cet ordinateur n’est pas le siège : le nouveau plan reste sur cet ordinateur, car les autres refusent les modifications du plan de travail venant d’un portable. Pour que chaque portable ait le nouveau plan, créez-le au siège et envoyez-le dans un paquet de terrain.</translation>
        </message>
    </context>
    <context>
        <name>NoMatches</name>
        <message>
            <location filename="../../cicte_desktop/views/no_matches.py" line="39" />
            <source>Clear Search (Esc)</source>
            <translation>Effacer la recherche (Échap)</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="97" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Choisir dans un calendrier (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="98" />
            <source>Choose from a calendar</source>
            <translation>Choisir dans un calendrier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="109" />
            <source>Type the date as {order}, for example {example}, or as {iso}.</source>
            <translation>Saisissez la date sous la forme {order}, par exemple {example}, ou {iso}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="112" />
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Bas ouvre un calendrier.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>month</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>year</source>
            <translation>année</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="135" />
            <source>Choose {field} from a calendar</source>
            <translation>Choisir {field} dans un calendrier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="170" />
            <source>“{text}” is not a date: type it as {order}, for example {example} (or {iso}).</source>
            <translation>« {text} » n'est pas une date : saisissez-la sous la forme {order}, par exemple {example} (ou {iso}).</translation>
        </message>
    </context>
    <context>
        <name>PackageExportDialog</name>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="6" />
            <source>Export field package</source>
            <translation>Exporter un paquet de terrain</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="15" />
            <source>One file with what was logged or changed on this computer ({device}) since the last package for the same destination: events, rosters, attached files, plan edits and deletions.</source>
            <translation>Un seul fichier contenant ce qui a été consigné ou modifié sur ce poste ({device}) depuis le dernier paquet pour la même destination : événements, listes de participants, fichiers joints, modifications du plan et suppressions.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="24" />
            <source>For</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="34" />
            <source>A computer that has sent you a package, or a new name (for example Headquarters).</source>
            <translation>Un poste qui vous a envoyé un paquet, ou un nouveau nom (par exemple Siège).</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="50" />
            <source>Content</source>
            <translation>Contenu</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="60" />
            <source>For a new computer, or when a package was lost on the way.</source>
            <translation>Pour un nouveau poste, ou lorsqu'un paquet a été perdu en chemin.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="63" />
            <source>Everything on this computer, not only the changes since the last package</source>
            <translation>Tout le contenu de ce poste, pas seulement les modifications depuis le dernier paquet</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="70" />
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="80" />
            <source>Protect with a passphrase (recommended)</source>
            <translation>Protéger par une phrase secrète (recommandé)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="90" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="103" />
            <source>At least {count} characters; several words are best</source>
            <translation>Au moins {count} caractères ; idéalement plusieurs mots</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="110" />
            <source>Repeat it</source>
            <translation>Confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="135" />
            <source>The package holds personal data: the names, e-mails and phones of participants, so that rosters can be merged. Without a passphrase, anyone who finds the USB stick can read them. Give the passphrase to the person importing the package in another way (by phone, not on the stick).</source>
            <translation>Le paquet contient des données personnelles : les noms, courriels et téléphones des participants, afin que les listes puissent être fusionnées. Sans phrase secrète, quiconque trouve la clé USB peut les lire. Communiquez la phrase secrète à la personne qui importera le paquet par un autre moyen (par téléphone, pas sur la clé).</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="144" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="159" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="55" />
            <source>Headquarters</source>
            <translation>Siège</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="64" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="92" />
            <source>Last package for it: {when}. This one holds what changed since.</source>
            <translation>Dernier paquet pour cette destination : {when}. Celui-ci contient ce qui a changé depuis.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="94" />
            <source>No package made for it yet: this one holds everything.</source>
            <translation>Aucun paquet encore créé pour cette destination : celui-ci contient tout.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="103" />
            <source>Say who the package is for.</source>
            <translation>Indiquez à qui le paquet est destiné.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="109" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="111" />
            <source>Choose where to write the package.</source>
            <translation>Choisissez où écrire le paquet.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="126" />
            <source>Field packages (*.cictepkg)</source>
            <translation>Paquets de terrain (*.cictepkg)</translation>
        </message>
        <message>
            <source>The passphrase needs at least {count} characters.</source>
            <translation type="vanished">La phrase secrète doit comporter au moins {count} caractères.</translation>
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="165" />
            <source>Import field package — {name}</source>
            <translation>Importer un paquet de terrain — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="166" />
            <source>From {device}, made {when}{protected}.</source>
            <translation>Provenance : {device}, créé le {when}{protected}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="168" />
            <source>, protected with a passphrase</source>
            <translation>, protégé par une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="170" />
            <source>New: {new} · Updated: {updated} · Deleted: {deleted} · Unchanged: {unchanged} · Conflicts: {conflicts}</source>
            <translation>Nouveaux : {new} · Mis à jour : {updated} · Supprimés : {deleted} · Inchangés : {unchanged} · Conflits : {conflicts}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="178" />
            <source>This package was imported before, on {when}; what it holds is here already.</source>
            <translation>Ce paquet a déjà été importé, le {when} ; son contenu est déjà présent ici.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="181" />
            <source>%n record(s) are here already under another identity and are left as they are.</source>
            <translation>
                <numerusform>%n enregistrement est déjà présent ici sous une autre identité et reste inchangé.</numerusform>
                <numerusform>%n enregistrements sont déjà présents ici sous une autre identité et restent inchangés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="184" />
            <source>%n change(s) in this package may not be made from {device} and will be left out (see Refused).</source>
            <translation>
                <numerusform>%n modification de ce paquet ne peut pas venir de {device} et sera laissée de côté (voir Refusées).</numerusform>
                <numerusform>%n modifications de ce paquet ne peuvent pas venir de {device} et seront laissées de côté (voir Refusées).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="198" />
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="199" />
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="199" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="199" />
            <source>Keep</source>
            <translation>Conserver</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="225" />
            <source>These records were changed both on this computer and on {device} since the two last exchanged packages. The newer version is kept unless you choose the other one; your choice then counts as a new change and reaches the other computers too. Every conflict is recorded (Tools &gt; Conflict History).</source>
            <translation>Ces enregistrements ont été modifiés à la fois sur ce poste et sur {device} depuis les deux derniers paquets échangés. La version la plus récente est conservée, sauf si vous choisissez l'autre ; votre choix compte alors comme une nouvelle modification et parvient aussi aux autres postes. Chaque conflit est consigné (Outils &gt; Historique des conflits).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="235" />
            <source>No conflicts: nothing in this package was also changed on this computer.</source>
            <translation>Aucun conflit : rien dans ce paquet n'a également été modifié sur ce poste.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="236" />
            <source>Conflicts ({count})</source>
            <translation>Conflits ({count})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>Updated</source>
            <translation>Mis à jour</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>Deleted</source>
            <translation>Supprimé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="241" />
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="245" />
            <source>Summary of the changes</source>
            <translation>Résumé des modifications</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="246" />
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="265" />
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="270" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="271" />
            <source>What happens</source>
            <translation>Opération</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="295" />
            <source>Nothing is written until you press Import, and then everything at once.</source>
            <translation>Rien n'est écrit avant que vous cliquiez sur Importer, puis tout l'est en une seule fois.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="298" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="312" />
            <source>About this package</source>
            <translation>À propos de ce paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="332" />
            <source>Only headquarters may change the work plan, the member states, partners and mandates, and lock or unlock reporting periods; events in a locked period are changed only at headquarters. These changes from {device} are left out; everything else in the package is imported.</source>
            <translation>Seul le siège peut modifier le plan de travail, les États membres, les partenaires et les mandats, et verrouiller ou déverrouiller les périodes de rapport ; les événements d'une période verrouillée ne sont modifiés qu'au siège. Ces modifications de {device} sont laissées de côté ; tout le reste du paquet est importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="340" />
            <source>Left out</source>
            <translation>Laissé de côté</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="341" />
            <source>Why it is left out</source>
            <translation>Pourquoi elle est laissée de côté</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="346" />
            <source>Only headquarters may change it</source>
            <translation>Seul le siège peut le modifier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="347" />
            <source>Its reporting period is locked</source>
            <translation>Sa période de rapport est verrouillée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="358" />
            <source>Refused ({count})</source>
            <translation>Refusées ({count})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="373" />
            <source>Confirm who sent this package</source>
            <translation>Confirmez qui a envoyé ce paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="378" />
            <source>headquarters of this database</source>
            <translation>siège de cette base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="379" />
            <source>a laptop</source>
            <translation>un portable</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="380" />
            <source>Sender: {name} ({role})</source>
            <translation>Expéditeur : {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="388" />
            <source>I compared this fingerprint with {name}: it is the same. Trust {name}.</source>
            <translation>J'ai comparé cette empreinte avec {name} : c'est la même. Faire confiance à {name}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="410" />
            <source>This computer's</source>
            <translation>Version de ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="410" />
            <source>The package's</source>
            <translation>Version du paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="424" />
            <source>This computer</source>
            <translation>Ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="424" />
            <source>The package</source>
            <translation>Le paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="426" />
            <source>{where}
(not on this computer)</source>
            <translation>{where}
(absent de cet ordinateur)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="427" />
            <source>another computer</source>
            <translation>un autre poste</translation>
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
            <translation>Conserver la version de ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="435" />
            <source>Take the package's version</source>
            <translation>Prendre la version du paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="437" />
            <source>This event is in a reporting period that has been reported and locked: the version reported is kept unless you take the package's version here.</source>
            <translation>Cet événement appartient à une période de rapport déjà rapportée et verrouillée : la version rapportée est conservée sauf si vous prenez ici celle du paquet.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="441" />
            <source>The newer version is {side} (changed {when}).</source>
            <translation>La version la plus récente est {side} (modifiée le {when}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="442" />
            <source>this computer's</source>
            <translation>celle de ce poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="442" />
            <source>the package's</source>
            <translation>celle du paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="456" />
            <source>(your choice)</source>
            <translation>(votre choix)</translation>
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
            <translation>Exporter un paquet de terrain</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="62" />
            <source>The export failed</source>
            <translation>L'exportation a échoué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="62" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>{path} n'a pas pu être écrit ({detail}). Aucun fichier partiel n'a été laissé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="73" />
            <source>Wrote {path} for {destination}: {events}, {records}, {files}.</source>
            <translation>{path} écrit pour {destination} : {events}, {records}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="75" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="76" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n enregistrement au total</numerusform>
                <numerusform>%n enregistrements au total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="77" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="79" />
            <source>It is protected with a passphrase: give it to the person importing the package by another way than the USB stick.</source>
            <translation>Il est protégé par une phrase secrète : communiquez-la à la personne qui importera le paquet par un autre moyen que la clé USB.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="92" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="94" />
            <source>Cancelled: no file was written.</source>
            <translation>Annulé : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="99" />
            <source>Import field package</source>
            <translation>Importer un paquet de terrain</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="100" />
            <source>Field packages (*.cictepkg);;All files (*)</source>
            <translation>Paquets de terrain (*.cictepkg);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="125" />
            <source>Protected package</source>
            <translation>Paquet protégé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="129" />
            <source>Cannot import this package</source>
            <translation>Impossible d'importer ce paquet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="135" />
            <source>Checking {name} and comparing it with this database…</source>
            <translation>Vérification de {name} et comparaison avec cette base de données…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="159" />
            <source>Imported from {device}: {new}, {updated}, {deleted}; {conflicts}, {files}.</source>
            <translation>Importé depuis {device} : {new}, {updated}, {deleted} ; {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="161" />
            <source>%n new</source>
            <translation>
                <numerusform>%n nouveau</numerusform>
                <numerusform>%n nouveaux</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="162" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n mis à jour</numerusform>
                <numerusform>%n mis à jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="163" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n supprimé</numerusform>
                <numerusform>%n supprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="164" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflit résolu</numerusform>
                <numerusform>%n conflits résolus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="165" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n fichier enregistré</numerusform>
                <numerusform>%n fichiers enregistrés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="170" />
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="176" />
            <source>Importing {name}…</source>
            <translation>Importation de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="200" />
            <source>This computer is now headquarters: laptops will be asked to confirm its fingerprint once.</source>
            <translation>Cet ordinateur est maintenant le siège : les portables devront confirmer son empreinte une fois.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="201" />
            <source>This computer is now a laptop.</source>
            <translation>Cet ordinateur est maintenant un portable.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="216" />
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="218" />
            <source>{name} ({role}) signs its field packages with the key whose fingerprint is

{fingerprint}

The first time another computer imports a package from this one, it shows this fingerprint: compare it by phone or in person before confirming.</source>
            <translation>{name} ({role}) signe ses paquets de terrain avec la clé dont l'empreinte est

{fingerprint}

La première fois qu'un autre ordinateur importe un paquet de celui-ci, il affiche cette empreinte : comparez-la par téléphone ou en personne avant de confirmer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="251" />
            <source>Device name</source>
            <translation>Nom du poste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="253" />
            <source>This computer is now called “{name}”.</source>
            <translation>Ce poste s'appelle désormais « {name} ».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantCounts</name>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="200" />
            <source>The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women {typed_women}, men {typed_men}, not recorded {typed_unknown}.</source>
            <translation>La liste compte femmes {women}, hommes {men}, non renseigné {unknown} ; les nombres ci-dessus indiquent femmes {typed_women}, hommes {typed_men}, non renseigné {typed_unknown}.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="43" />
            <source>Preview: {name}</source>
            <translation>Aperçu : {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="64" />
            <source>Open in PDF Viewer</source>
            <translation>Ouvrir dans le lecteur PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="65" />
            <source>Open Its Folder</source>
            <translation>Ouvrir son dossier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="71" />
            <source>Save As…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="81" />
            <source>Opening the report (%n page(s)) in your PDF viewer…</source>
            <translation>
                <numerusform>Ouverture du rapport (%n page) dans votre lecteur PDF…</numerusform>
                <numerusform>Ouverture du rapport (%n pages) dans votre lecteur PDF…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="85" />
            <source>%n page(s). Save it where you want to keep it.</source>
            <translation>
                <numerusform>%n page. Enregistrez-le à l'emplacement de votre choix.</numerusform>
                <numerusform>%n pages. Enregistrez-le à l'emplacement de votre choix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="112" />
            <source>The report (%n page(s)) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation>
                <numerusform>Le rapport (%n page) est ouvert dans votre lecteur PDF. Relisez-le, puis enregistrez-le ici à l'emplacement de votre choix.</numerusform>
                <numerusform>Le rapport (%n pages) est ouvert dans votre lecteur PDF. Relisez-le, puis enregistrez-le ici à l'emplacement de votre choix.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="116" />
            <source>No PDF viewer could be opened on this computer. The report (%n page(s)) was written to:
{path}

Open its folder to look at it with another program, then save it here where you want to keep it (this copy is removed when you close this window).</source>
            <translation>
                <numerusform>Aucun lecteur PDF n'a pu être ouvert sur cet ordinateur. Le rapport (%n page) a été écrit dans :
{path}

Ouvrez son dossier pour le consulter avec un autre programme, puis enregistrez-le ici à l'emplacement de votre choix (cette copie est supprimée à la fermeture de cette fenêtre).</numerusform>
                <numerusform>Aucun lecteur PDF n'a pu être ouvert sur cet ordinateur. Le rapport (%n pages) a été écrit dans :
{path}

Ouvrez son dossier pour le consulter avec un autre programme, puis enregistrez-le ici à l'emplacement de votre choix (cette copie est supprimée à la fermeture de cette fenêtre).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="128" />
            <source>No PDF viewer could be opened, and its folder could not be opened either. The report is here:
{path}

Copy this path, or save the report where you want to keep it.</source>
            <translation>Aucun lecteur PDF n'a pu être ouvert, et son dossier non plus. Le rapport se trouve ici :
{path}

Copiez ce chemin, ou enregistrez le rapport à l'emplacement de votre choix.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="135" />
            <source>Save PDF report</source>
            <translation>Enregistrer le rapport PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="137" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="147" />
            <source>The report could not be saved</source>
            <translation>Le rapport n'a pas pu être enregistré</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="147" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>{path} n'a pas pu être écrit ({detail}). Aucun fichier partiel n'a été laissé.</translation>
        </message>
        <message>
            <source>The report ({pages} pages) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation type="vanished">Le rapport ({pages} pages) est ouvert dans votre lecteur PDF. Relisez-le, puis enregistrez-le ici à l'emplacement de votre choix.</translation>
        </message>
        <message>
            <source>{pages} pages. Save it where you want to keep it.</source>
            <translation type="vanished">{pages} pages. Enregistrez-le à l'emplacement de votre choix.</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this computer. Save the report and open it from its folder.</source>
            <translation type="vanished">Aucun lecteur PDF n'a pu être ouvert sur cet ordinateur. Enregistrez le rapport et ouvrez-le depuis son dossier.</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="32" />
            <source>Semi-annual implementation report</source>
            <translation>Rapport semestriel d'exécution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="32" />
            <source>Member-state report</source>
            <translation>Rapport d'État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="33" />
            <source>Certificates of participation</source>
            <translation>Certificats de participation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="65" />
            <source>Unknown report “{kind}”.</source>
            <translation>Rapport « {kind} » inconnu.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="46" />
            <source>Implementation of mandates</source>
            <translation>Mise en œuvre des mandats</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="47" />
            <source>Each mandate quoted in Section 1 of the {plan}, the work areas it applies to and what was done under them between {start} and {end}: completed events, their participants and the member states they reached.</source>
            <translation>Chaque mandat cité dans la section 1 du {plan}, les domaines de travail auxquels il s’applique et ce qui y a été réalisé entre le {start} et le {end} : événements achevés, leurs participants et les États membres atteints.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="53" />
            <source>This work plan records no mandates.</source>
            <translation>Ce plan de travail n’enregistre aucun mandat.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Work area</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Events completed</source>
            <translation>Événements terminés</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Member states reached</source>
            <translation>États membres atteints</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="69" />
            <source>Paragraphs quoted: {numbers}</source>
            <translation>Paragraphes cités : {numbers}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="72" />
            <source>Not linked to any work area of this plan.</source>
            <translation>N’est lié à aucun domaine de travail de ce plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="85" />
            <source>All its work areas</source>
            <translation>Tous ses domaines de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="90" />
            <source>Nothing was done under this mandate in this period: no event was completed in its work areas.</source>
            <translation>Rien n’a été réalisé au titre de ce mandat au cours de cette période : aucun événement n’a été achevé dans ses domaines de travail.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="119" />
            <source>Member state</source>
            <translation>État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="119" />
            <source>Area {number}</source>
            <translation>Domaine {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="120" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="145" />
            <source>Area {number}: {title}</source>
            <translation>Domaine {number} : {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="146" />
            <source>Annex: participation of member states by work area</source>
            <translation>Annexe : participation des États membres par domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="147" />
            <source>Completed events of the period in each member state and work area, with their participants in brackets. An event that served several member states counts for each.</source>
            <translation>Événements terminés au cours de la période dans chaque État membre et chaque domaine d'action, avec leurs participants entre parenthèses. Un événement ayant bénéficié à plusieurs États membres compte pour chacun d'eux.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="149" />
            <source>The period covers the work plans of {years}: each event is counted under the work area of the plan of its year.</source>
            <translation>La période couvre les plans de travail de {years} : chaque événement est compté dans le domaine de travail du plan de son année.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="48" />
            <source>held online</source>
            <translation>tenue en ligne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="49" />
            <source>held at {place}</source>
            <translation>tenue à {place}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="53" />
            <source>held online on {date}</source>
            <translation>tenue en ligne le {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="55" />
            <source>held at {place} on {date}</source>
            <translation>tenue à {place} le {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="56" />
            <source>held on {date}</source>
            <translation>tenue le {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="59" />
            <source>held online from {start} to {end}</source>
            <translation>tenue en ligne du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="61" />
            <source>held at {place} from {start} to {end}</source>
            <translation>tenue à {place} du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="62" />
            <source>held from {start} to {end}</source>
            <translation>tenue du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="68" />
            <source>Choose the event whose participants get certificates.</source>
            <translation>Choisissez l'événement dont les participants recevront un certificat.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="72" />
            <source>There is no event with the ID “{id}”.</source>
            <translation>Aucun événement ne porte l'ID « {id} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="75" />
            <source>“{title}” has no participants on its roster: add them to the event first (or import its attendance sheet).</source>
            <translation>La liste de « {title} » ne comporte aucun participant : ajoutez-les d'abord à l'événement (ou importez sa feuille de présence).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="85" />
            <source>Certificates of participation: {title}</source>
            <translation>Certificats de participation : {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="86" />
            <source>Secretariat of the Inter-American Committee against Terrorism (CICTE)</source>
            <translation>Secrétariat du Comité interaméricain contre le terrorisme (CICTE)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="128" />
            <source>Organization of American States</source>
            <translation>Organisation des États Américains</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="129" />
            <source>Inter-American Committee against Terrorism (CICTE)</source>
            <translation>Comité interaméricain contre le terrorisme (CICTE)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="130" />
            <source>Secretariat</source>
            <translation>Secrétariat</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="131" />
            <source>Certificate of Participation</source>
            <translation>Certificat de participation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="132" />
            <source>This certifies that</source>
            <translation>Le présent certificat atteste que</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="138" />
            <source>took part in the {kind}</source>
            <translation>a participé à l'activité ({kind})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="139" />
            <source>took part in</source>
            <translation>a participé à l'activité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="148" />
            <source>Secretary of the Inter-American Committee against Terrorism</source>
            <translation>Secrétaire du Comité interaméricain contre le terrorisme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="149" />
            <source>Date of issue: {date}</source>
            <translation>Date d'émission : {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_drawing.py" line="137" />
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="50" />
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="52" />
            <source>No completed events in this period.</source>
            <translation>Aucun événement terminé au cours de cette période.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="65" />
            <source>Progress in the period: counted toward target over target. The dashed line is the expected by now.</source>
            <translation>Avancement dans la période : compté pour la cible sur la cible. La ligne pointillée est l'attendu à ce jour.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="94" />
            <source>Completed events by type</source>
            <translation>Événements terminés par type</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/layout.py" line="405" />
            <source>Organization of American States · CICTE Secretariat</source>
            <translation>Organisation des États Américains · Secrétariat du CICTE</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/layout.py" line="415" />
            <source>Page {number} of {total}</source>
            <translation>Page {number} sur {total}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/map_drawing.py" line="55" />
            <source>No data</source>
            <translation>Aucune donnée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="70" />
            <source>there is no work plan for {missing} (work plans: {years}), which the period {start} to {end} covers: a report measures each year against its own plan, so choose a period without {missing} or start its work plan first</source>
            <translation>il n’y a pas de plan de travail pour {missing} (plans de travail : {years}), que couvre la période du {start} au {end} : un rapport mesure chaque année par rapport à son propre plan ; choisissez une période sans {missing} ou commencez d’abord son plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="80" />
            <source>Member-State Report</source>
            <translation>Rapport d'État membre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="83" />
            <source>Implementation Report</source>
            <translation>Rapport d'exécution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="86" />
            <source>Annual Implementation Report</source>
            <translation>Rapport annuel d'exécution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="87" />
            <source>Semi-annual Implementation Report</source>
            <translation>Rapport semestriel d'exécution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="94" />
            <source>All dates</source>
            <translation>Toutes dates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="97" />
            <source>January–June {year}</source>
            <translation>Janvier–juin {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="103" />
            <source>July–December {year}</source>
            <translation>Juillet–décembre {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="104" />
            <source>{start} to {end}</source>
            <translation>Du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="140" />
            <source>Choose the member state the report is for.</source>
            <translation>Choisissez l'État membre concerné par le rapport.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="142" />
            <source>There is no member state with the code “{code}” (use ISO codes such as JAM or TTO).</source>
            <translation>Aucun État membre ne porte le code « {code} » (utilisez des codes ISO tels que JAM ou TTO).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="146" />
            <source>The semi-annual report covers every member state; choose the member-state report for one.</source>
            <translation>Le rapport semestriel couvre tous les États membres ; pour un seul, choisissez le rapport d'État membre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Member states</source>
            <translation>États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Women</source>
            <translation>Femmes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Men</source>
            <translation>Hommes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="114" />
            <source>Inter-American Committee against Terrorism</source>
            <translation>Comité interaméricain contre le terrorisme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="121" />
            <source>Capacity building delivered to {state}</source>
            <translation>Renforcement des capacités — {state}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="127" />
            <source>Work plans: {plans}</source>
            <translation>Plans de travail : {plans}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="132" />
            <source>Events completed: {count}</source>
            <translation>Événements terminés : {count}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="134" />
            <source>Member states: {count}</source>
            <translation>États membres : {count}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="138" />
            <source>Period: {period}</source>
            <translation>Période : {period}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="145" />
            <source>Contents</source>
            <translation>Table des matières</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="155" />
            <source>Executive summary</source>
            <translation>Résumé analytique</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="157" />
            <source>Events completed for {state} between {start} and {end} under the {plan}, by work area. An event that served several member states counts for each, with all its participants.</source>
            <translation>Événements terminés pour l'État membre {state} entre le {start} et le {end} au titre du {plan}, par domaine d'action. Un événement ayant bénéficié à plusieurs États membres compte pour chacun d'eux, avec tous ses participants.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="164" />
            <source>Programs reached</source>
            <translation>Programmes concernés</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="167" />
            <source>Capacity-building events completed between {start} and {end} against the {plan} ({symbol}), by work area.</source>
            <translation>Événements de renforcement des capacités terminés entre le {start} et le {end} au titre du {plan} ({symbol}), par domaine d'action.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="186" />
            <source>Achieved: units of the events completed in the period. Counted toward target: the same, each activity at most up to its own target, so that a surplus in one does not hide a shortfall in another. Progress: counted over target. Expected by now: the share of {year} within the period that has gone by. Events: completed events of the period.</source>
            <translation>Réalisé : unités des événements terminés dans la période. Compté pour la cible : de même, chaque activité au plus jusqu'à sa propre cible, afin que l'excédent de l'une ne masque pas le déficit d'une autre. Avancement : compté sur cible. Attendu à ce jour : la part de {year} comprise dans la période déjà écoulée. Événements : événements terminés dans la période.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="194" />
            <source>%n item of the plan was amended after its approval: it is marked {mark}, with the date and reason of each amendment under it.</source>
            <translation>
                <numerusform>%n élément du plan a été modifié après son approbation : il est marqué {mark}, avec la date et le motif de chaque modification en dessous.</numerusform>
                <numerusform>%n éléments du plan ont été modifiés après son approbation : ils sont marqués {mark}, avec la date et le motif de chaque modification en dessous.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="200" />
            <source>%n completed event of this period was logged under another year's work plan: it is not counted here (the Excel workbook lists it in its Events sheet).</source>
            <translation>
                <numerusform>%n événement réalisé de cette période a été enregistré dans le plan de travail d’une autre année : il n’est pas compté ici (le classeur Excel l’inclut dans sa feuille Événements).</numerusform>
                <numerusform>%n événements réalisés de cette période ont été enregistrés dans le plan de travail d’une autre année : ils ne sont pas comptés ici (le classeur Excel les inclut dans sa feuille Événements).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="246" />
            <source>Project {number}. {title}</source>
            <translation>Projet {number}. {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln femme</numerusform>
                <numerusform>%Ln femmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln homme</numerusform>
                <numerusform>%Ln hommes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="279" />
            <source>Participants: {participants} ({women}, {men}, {unknown} not recorded)</source>
            <translation>Participants : {participants} ({women}, {men}, {unknown} non renseignés)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="282" />
            <source>Participants: {participants} ({women}, {men})</source>
            <translation>Participants : {participants} ({women}, {men})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="307" />
            <source>Upon request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="312" />
            <source>{label}: ▲ {value}</source>
            <translation>{label} : ▲ {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="339" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <source>no numeric target</source>
            <translation type="vanished">sans objectif chiffré</translation>
        </message>
        <message>
            <source>Progress against targets by work area</source>
            <translation type="vanished">Avancement par rapport aux objectifs, par domaine d'action</translation>
        </message>
        <message>
            <source>Progress of each work area in the period: counted toward target over target. The dashed line is the expected by now.</source>
            <translation type="vanished">Avancement de chaque domaine de travail dans la période : compté pour la cible sur la cible. La ligne pointillée est l'attendu à ce jour.</translation>
        </message>
        <message>
            <source>Completed events by work area</source>
            <translation type="vanished">Événements terminés par domaine d'action</translation>
        </message>
        <message>
            <source>Participants by sex and work area</source>
            <translation type="vanished">Participants par sexe et par domaine d'action</translation>
        </message>
        <message>
            <source>Completed events by member state</source>
            <translation type="vanished">Événements terminés par État membre</translation>
        </message>
        <message>
            <source>the period {start} to {end} covers the work plans of {years}: a report is about one plan year, so make one report per year (the Excel workbook groups a longer period by plan year)</source>
            <translation type="vanished">la période du {start} au {end} couvre les plans de travail de {years} : un rapport porte sur une seule année de plan, faites donc un rapport par année (le classeur Excel regroupe une période plus longue par année de plan)</translation>
        </message>
        <message>
            <source>expected by the end of the period: {percent}</source>
            <translation type="vanished">attendu en fin de période : {percent}</translation>
        </message>
        <message>
            <source>No numeric target</source>
            <translation type="vanished">Aucun objectif chiffré</translation>
        </message>
        <message>
            <source>Target {target} · achieved {achieved} ({percent})</source>
            <translation type="vanished">Objectif {target} · réalisé {achieved} ({percent})</translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="vanished">Évén.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Objectif</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Réalisé</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation type="vanished">% de l'objectif</translation>
        </message>
        <message>
            <source>Target and achieved: units of the planned activities' numeric targets, counting completed events from 1 January {year} to the end of the period, each activity at most up to its own target. Events, participants and member states: completed events of the period.</source>
            <translation type="vanished">Objectif et réalisé : unités des objectifs chiffrés des activités prévues, en comptant les événements terminés du 1er janvier {year} à la fin de la période, chaque activité au plus jusqu'à son propre objectif. Événements, participants et États membres : événements terminés de la période.</translation>
        </message>
        <message>
            <source>Share of each work area's numeric targets met from 1 January to the end of the period. The dashed line is the share of the year elapsed by then.</source>
            <translation type="vanished">Part des objectifs chiffrés de chaque domaine d'action atteinte du 1er janvier à la fin de la période. La ligne en pointillés indique la part de l'année écoulée à cette date.</translation>
        </message>
        <message>
            <source>Target: {target} · achieved {achieved}{percent}</source>
            <translation type="vanished">Objectif : {target} · réalisé {achieved}{percent}</translation>
        </message>
        <message>
            <source>▲ Behind target</source>
            <translation type="vanished">▲ En retard</translation>
        </message>
        <message>
            <source>Participants: {participants} ({women} women, {men} men)</source>
            <translation type="vanished">Participants : {participants} ({women} femmes, {men} hommes)</translation>
        </message>
    </context>
    <context>
        <name>PdfReportDialog</name>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="6" />
            <source>Export PDF report</source>
            <translation>Exporter un rapport PDF</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="12" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="25" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="38" />
            <source>Member state</source>
            <translation>État membre</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="51" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="71" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="81" />
            <source>The report's headings, labels, dates and the work plan's titles are written in this language.</source>
            <translation>Les titres, libellés et dates du rapport ainsi que les intitulés du plan de travail sont rédigés dans cette langue.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="52" />
            <source>Preview…</source>
            <translation>Aperçu…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="82" />
            <source>No event in this period has participants on its roster. Add them in the event's form (or import its attendance sheet), or choose another period.</source>
            <translation>Aucun événement de cette période ne comporte de participants dans sa liste. Ajoutez-les dans le formulaire de l'événement (ou importez sa feuille de présence), ou choisissez une autre période.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="85" />
            <source>One landscape page per participant, to print and sign.</source>
            <translation>Une page au format paysage par participant, à imprimer et à signer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="87" />
            <source>Everything completed for one member state in the period. No participant's name is printed.</source>
            <translation>Tout ce qui a été réalisé pour un État membre au cours de la période. Aucun nom de participant n'est imprimé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="90" />
            <source>Cover, contents, summary by work area, charts, the completed events of each program and a member-state annex. No participant's name is printed.</source>
            <translation>Couverture, table des matières, synthèse par domaine d'action, graphiques, événements terminés de chaque programme et annexe par État membre. Aucun nom de participant n'est imprimé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="94" />
            <source>A period over the plans of several years gives a part for each plan year, measured against its own plan.</source>
            <translation>Une période couvrant les plans de plusieurs années donne une partie par année de plan, mesurée par rapport à son propre plan.</translation>
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
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>A report is about one work plan year: for a period over the plans of several years, make one report per year (the Excel workbook groups a longer period by plan year).</source>
            <translation type="vanished">Un rapport porte sur une seule année du plan de travail : pour une période couvrant les plans de plusieurs années, faites un rapport par année (le classeur Excel regroupe une période plus longue par année de plan).</translation>
        </message>
        <message>
            <source>{date} · {title} ({count} participants)</source>
            <translation type="vanished">{date} · {title} ({count} participants)</translation>
        </message>
    </context>
    <context>
        <name>PeriodLocksDialog</name>
        <message>
            <location filename="../../ui/forms/period_locks.ui" line="6" />
            <source>Reporting periods</source>
            <translation>Périodes de rapport</translation>
        </message>
        <message>
            <location filename="../../ui/forms/period_locks.ui" line="12" />
            <source>A period marked as reported is locked: its events cannot be changed until a program manager unlocks it. Both need a reason, which is kept with the period's history.</source>
            <translation>Une période marquée comme déclarée est verrouillée : ses événements ne peuvent pas être modifiés tant qu'un gestionnaire de programme ne l'a pas déverrouillée. Ces deux opérations exigent un motif, qui est conservé dans l'historique de la période.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="43" />
            <source>Reported, locked</source>
            <translation>Déclarée, verrouillée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="43" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="44" />
            <source>Unlock…</source>
            <translation>Déverrouiller…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="44" />
            <source>Mark as reported…</source>
            <translation>Marquer comme déclarée…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="54" />
            <source>Mark as reported</source>
            <translation>Marquer comme déclarée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="54" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="55" />
            <source>Why is {period} marked as reported?</source>
            <translation>Pourquoi marquer la période {period} comme déclarée ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="56" />
            <source>Why is {period} opened again?</source>
            <translation>Pourquoi rouvrir la période {period} ?</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="25" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="26" />
            <source>A whole year</source>
            <translation>Année entière</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="26" />
            <source>January-June</source>
            <translation>Janvier-juin</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="27" />
            <source>July-December</source>
            <translation>Juillet-décembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="27" />
            <source>Dates of my choice</source>
            <translation>Dates au choix</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="31" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="39" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="40" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="41" />
            <source>to</source>
            <translation>au</translation>
        </message>
    </context>
    <context>
        <name>PlanEdit</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="60" />
            <source>Say why the plan changes: a reason is required for every change.</source>
            <translation>Indiquez pourquoi le plan change : chaque modification exige un motif.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="67" />
            <source>A plan item needs a title.</source>
            <translation>Un élément du plan doit avoir un titre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="69" />
            <source>A title has at most {count} characters.</source>
            <translation>Un titre compte au plus {count} caractères.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="95" />
            <source>This plan item is no longer in the plan; reopen the plan editor.</source>
            <translation>Cet élément n'est plus dans le plan ; rouvrez l'éditeur du plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="144" />
            <source>An activity has no items under it; add to its project instead.</source>
            <translation>Une activité n'a pas d'éléments en dessous ; ajoutez plutôt à son projet.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="172" />
            <source>Activities are not numbered: they follow their project's order.</source>
            <translation>Les activités ne sont pas numérotées : elles suivent l'ordre de leur projet.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="175" />
            <source>A work area needs its number and a program its letter.</source>
            <translation>Un domaine d'action a besoin de son numéro et un programme de sa lettre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="177" />
            <source>A number or letter has at most {count} characters.</source>
            <translation>Un numéro ou une lettre a au plus {count} caractères.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="188" />
            <source>An item moves only under an item of the same level of the same plan.</source>
            <translation>Un élément ne se déplace que sous un élément du même niveau du même plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="190" />
            <source>Nothing moves under a retired item: it is no longer in the plan.</source>
            <translation>Rien ne se déplace sous un élément retiré : il n'est plus dans le plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="222" />
            <source>This item is already retired.</source>
            <translation>Cet élément est déjà retiré.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="267" />
            <source>Only activities have targets.</source>
            <translation>Seules les activités ont des cibles.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="382" />
            <source>A target is a number from 0 to 1,000,000.</source>
            <translation>Une cible est un nombre de 0 à 1 000 000.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="385" />
            <source>A unit has at most {count} characters.</source>
            <translation>Une unité compte au plus {count} caractères.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="397" />
            <source>A half-year target is a number from 0 to 1,000,000.</source>
            <translation>La cible d'un semestre est un nombre de 0 à 1 000 000.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="400" />
            <source>A half-year target is part of the activity's target: give the target as a number first.</source>
            <translation>La cible d'un semestre fait partie de la cible de l'activité : indiquez d'abord la cible sous forme de nombre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="402" />
            <source>A half-year target cannot be more than the whole target ({target}).</source>
            <translation>La cible d'un semestre ne peut dépasser la cible totale ({target}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="404" />
            <source>The targets of the two halves add up to {sum}, not to the target of {target}: change one of them, or leave one empty (it is then the rest of the target).</source>
            <translation>Les cibles des deux semestres totalisent {sum}, et non la cible de {target} : modifiez l'une d'elles ou laissez-en une vide (elle est alors le reste de la cible).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="428" />
            <source>Titles are translated into Spanish, French and Portuguese.</source>
            <translation>Les titres sont traduits en espagnol, français et portugais.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="451" />
            <source>There is no work plan for {year}.</source>
            <translation>Il n'y a pas de plan de travail pour {year}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="453" />
            <source>The {year} work plan was approved on {date}; later changes are amendments.</source>
            <translation>Le plan de travail {year} a été approuvé le {date} ; les modifications ultérieures sont des amendements.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_reading.py" line="219" />
            <source>Amended on {date}, after the plan's approval on {approved}: {reason}</source>
            <translation>Modifié le {date}, après l’approbation du plan le {approved} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="31" />
            <source>Edit the {year} Work Plan</source>
            <translation>Modifier le plan de travail {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="37" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="39" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="39" />
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="47" />
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="47" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="48" />
            <source>Move &amp;Up</source>
            <translation>Mon&amp;ter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="48" />
            <source>Move &amp;Down</source>
            <translation>Descen&amp;dre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="49" />
            <source>Mo&amp;ve to…</source>
            <translation>Déplacer &amp;vers…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="50" />
            <source>Re&amp;tire…</source>
            <translation>Re&amp;tirer…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="50" />
            <source>Tar&amp;get…</source>
            <translation>&amp;Cible…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="51" />
            <source>T&amp;itles…</source>
            <translation>T&amp;itres…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="51" />
            <source>A&amp;pprove…</source>
            <translation>A&amp;pprouver…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="67" />
            <source>History of the plan</source>
            <translation>Historique du plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Before → after</source>
            <translation>Avant → après</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="70" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="70" />
            <source>Amendment</source>
            <translation>Amendement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="75" />
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="76" />
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="89" />
            <source>added</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="89" />
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>order</source>
            <translation>ordre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>retired</source>
            <translation>retiré</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>removed</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="91" />
            <source>target</source>
            <translation>cible</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="91" />
            <source>unit</source>
            <translation>unité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="92" />
            <source>upon request</source>
            <translation>sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="92" />
            <source>approved on</source>
            <translation>approuvé le</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="93" />
            <source>title (Spanish)</source>
            <translation>titre (espagnol)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="93" />
            <source>title (French)</source>
            <translation>titre (français)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="94" />
            <source>title (Portuguese)</source>
            <translation>titre (portugais)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="94" />
            <source>work area</source>
            <translation>domaine de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="95" />
            <source>program</source>
            <translation>programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="95" />
            <source>project</source>
            <translation>projet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="96" />
            <source>target by 30 June</source>
            <translation>cible au 30 juin</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="97" />
            <source>target July–December</source>
            <translation>cible juillet–décembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="98" />
            <source>letter</source>
            <translation>lettre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="98" />
            <source>number</source>
            <translation>numéro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="103" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="103" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="117" />
            <source>{target} (H1 {first} · H2 {second})</source>
            <translation>{target} (S1 {first} · S2 {second})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="124" />
            <source>{title} — approved on {date}: every change is an amendment, with its reason.</source>
            <translation>{title} — approuvé le {date} : chaque modification est un amendement, avec son motif.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="127" />
            <source>{title} — draft, not approved yet. Every change asks for a reason and goes to the History tab.</source>
            <translation>{title} — brouillon, pas encore approuvé. Chaque modification demande un motif et va dans l'onglet Historique.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="142" />
            <source>{title} (retired)</source>
            <translation>{title} (retiré)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="164" />
            <source>amendment</source>
            <translation>amendement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="195" />
            <source>Why? (required) {what}</source>
            <translation>Pourquoi ? (obligatoire) {what}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="197" />
            <source>The plan is approved: this change is recorded as an amendment.</source>
            <translation>Le plan est approuvé : cette modification est enregistrée comme amendement.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="199" />
            <source>Reason for the change</source>
            <translation>Motif de la modification</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="204" />
            <source>A reason is required</source>
            <translation>Un motif est requis</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="205" />
            <source>Say why the plan changes: every change is kept in the plan's history with its reason.</source>
            <translation>Indiquez pourquoi le plan change : chaque modification est conservée dans l'historique du plan avec son motif.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="212" />
            <source>The plan was not changed</source>
            <translation>Le plan n'a pas été modifié</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="221" />
            <source>Add to the Plan</source>
            <translation>Ajouter au plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="221" />
            <source>Title of the new item:</source>
            <translation>Titre du nouvel élément :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="224" />
            <source>Adding “{title}”.</source>
            <translation>Ajout de « {title} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="232" />
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="232" />
            <source>New title (English):</source>
            <translation>Nouveau titre (anglais) :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="235" />
            <source>Renaming to “{title}”.</source>
            <translation>Renommé en « {title} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="243" />
            <source>Moving up.</source>
            <translation>Déplacement vers le haut.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="243" />
            <source>Moving down.</source>
            <translation>Déplacement vers le bas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="255" />
            <source>Nowhere to move it</source>
            <translation>Aucun endroit où le déplacer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="255" />
            <source>The plan has no other item this one can go under (retired items take nothing).</source>
            <translation>Le plan n'a aucun autre élément sous lequel placer celui-ci (les éléments retirés n'en reçoivent pas).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="265" />
            <source>Moving it under “{parent}”.</source>
            <translation>Déplacement sous « {parent} ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="273" />
            <source>Retiring it from the plan (kept, marked retired, if events point at it).</source>
            <translation>Retrait du plan (conservé, marqué retiré, si des événements s'y rattachent).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="296" />
            <source>Changing the target.</source>
            <translation>Modification de la cible.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="311" />
            <source>Changing the translated titles.</source>
            <translation>Modification des titres traduits.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="321" />
            <source>Approving the plan today ({date}); later changes are amendments.</source>
            <translation>Approbation du plan aujourd'hui ({date}) ; les modifications ultérieures sont des amendements.</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="27" />
            <source>Import Plan Workbook — {name}</source>
            <translation>Importer le classeur du plan — {name}</translation>
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
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="35" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="36" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retiré</numerusform>
                <numerusform>%n retirés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="37" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n inchangé</numerusform>
                <numerusform>%n inchangés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="41" />
            <source>What the workbook changes</source>
            <translation>Ce que le classeur modifie</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>What changes</source>
            <translation>Ce qui change</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="54" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="60" />
            <source>Problems (%n)</source>
            <translation>
                <numerusform>Problèmes (%n)</numerusform>
                <numerusform>Problèmes (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="72" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="73" />
            <source>Why the plan changes (required; kept in the plan's history with every change)</source>
            <translation>Pourquoi le plan change (obligatoire ; gardé dans l'historique du plan avec chaque changement)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="75" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="78" />
            <source>Rows with problems block the import: correct them in the workbook and import it again. Nothing was written.</source>
            <translation>Les lignes à problème bloquent l'importation : corrigez-les dans le classeur et importez-le à nouveau. Rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="81" />
            <source>The workbook is the plan as it is: there is nothing to import.</source>
            <translation>Le classeur est le plan tel qu'il est : il n'y a rien à importer.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="83" />
            <source>Nothing is written until you press Apply; then every change at once, each with the reason in the plan's history.</source>
            <translation>Rien n'est écrit avant que vous appuyiez sur Appliquer ; alors tous les changements d'un coup, chacun avec le motif dans l'historique du plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="91" />
            <source>Apply</source>
            <translation>Appliquer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="115" />
            <source>Added (%n)</source>
            <translation>
                <numerusform>Ajoutés (%n)</numerusform>
                <numerusform>Ajoutés (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="116" />
            <source>Changed (%n)</source>
            <translation>
                <numerusform>Modifiés (%n)</numerusform>
                <numerusform>Modifiés (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="117" />
            <source>Retired (%n)</source>
            <translation>
                <numerusform>Retirés (%n)</numerusform>
                <numerusform>Retirés (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="118" />
            <source>Unchanged (%n)</source>
            <translation>
                <numerusform>Inchangés (%n)</numerusform>
                <numerusform>Inchangés (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="119" />
            <source>Not in the workbook, kept as they are (%n)</source>
            <translation>
                <numerusform>Absents du classeur, conservés tels quels (%n)</numerusform>
                <numerusform>Absents du classeur, conservés tels quels (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="132" />
            <source>kept, marked retired: events point at it</source>
            <translation>conservé, marqué retiré : des événements s'y rapportent</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="133" />
            <source>taken out of the plan: no events point at it</source>
            <translation>retiré du plan : aucun événement ne s'y rapporte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="135" />
            <source>new</source>
            <translation>nouveau</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="148" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="156" />
            <source>Rows not read (%n)</source>
            <translation>
                <numerusform>Lignes non lues (%n)</numerusform>
                <numerusform>Lignes non lues (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanTitlesDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="63" />
            <source>Translated titles</source>
            <translation>Titres traduits</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="69" />
            <source>Approved (English)</source>
            <translation>Approuvé (anglais)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="74" />
            <source>(none: the English title is shown)</source>
            <translation>(aucun : le titre anglais s'affiche)</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkbook</name>
        <message>
            <location filename="../../cicte_desktop/exports/plan_xlsx.py" line="110" />
            <source>not approved yet</source>
            <translation>pas encore approuvé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="39" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="40" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="41" />
            <source>Title (English)</source>
            <translation>Titre (anglais)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="42" />
            <source>Title (Spanish)</source>
            <translation>Titre (espagnol)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="43" />
            <source>Title (French)</source>
            <translation>Titre (français)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="44" />
            <source>Title (Portuguese)</source>
            <translation>Titre (portugais)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="45" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="46" />
            <source>Target by 30 June</source>
            <translation>Objectif au 30 juin</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="47" />
            <source>Target July–December</source>
            <translation>Objectif juillet–décembre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="48" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="49" />
            <source>Upon request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="50" />
            <source>Retired</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="51" />
            <source>Parent id</source>
            <translation>Id du parent</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="52" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="53" />
            <source>Carried from id</source>
            <translation>Id d'origine</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Work area</source>
            <translation>Domaine d'action</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="60" />
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="64" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="64" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Symbol</source>
            <translation>Cote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="70" />
            <source>Approved on</source>
            <translation>Approuvé le</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="74" />
            <source>How to use</source>
            <translation>Mode d'emploi</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="80" />
            <source>How to use this workbook</source>
            <translation>Mode d'emploi de ce classeur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="82" />
            <source>The Work plan sheet lists every item of the plan, one row each, in the plan's order: work areas, programs, projects and planned activities. Change it here, save it, and import it with Plan &gt; Import Plan Workbook… (or cicte-desktop plan import FILE). The import first shows what it would change: nothing is written until you confirm, with a reason, and every change goes to the plan's history.</source>
            <translation>La feuille Plan de travail liste chaque élément du plan, une ligne chacun, dans l'ordre du plan : domaines d'action, programmes, projets et activités prévues. Modifiez-la ici, enregistrez-la et importez-la avec Plan &gt; Importer le classeur du plan… (ou cicte-desktop plan import FICHIER). L'importation montre d'abord ce qu'elle changerait : rien n'est écrit avant que vous confirmiez, avec un motif, et chaque changement va dans l'historique du plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="87" />
            <source>To change an item, change its cells: its title in any language, its code (number or letter), its target, unit or “Upon request”.</source>
            <translation>Pour modifier un élément, changez ses cellules : son titre dans toute langue, son code (numéro ou lettre), son objectif, son unité ou « Sur demande ».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="89" />
            <source>To add an item, add a row with an empty Id where it goes, and say its Level. It goes under the nearest row above it of the level above (a program under the work area above it, and so on), or under the item named by its Parent id, and takes its row's place among its siblings. A new item's code, left empty, is the next free one.</source>
            <translation>Pour ajouter un élément, ajoutez une ligne avec un Id vide là où il doit aller, et indiquez son Niveau. Il va sous la ligne la plus proche au-dessus du niveau supérieur (un programme sous le domaine d'action au-dessus, etc.), ou sous l'élément nommé par son Id du parent, et prend la place de sa ligne parmi ses voisins. Le code d'un nouvel élément, laissé vide, est le suivant libre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="93" />
            <source>To retire an item, set Retired to Yes. An item that events point at is kept, marked retired, with its events; one without events is taken out of the plan. Rows are never deleted: a row you delete is left in the plan as it is (the import lists it).</source>
            <translation>Pour retirer un élément, mettez Retiré à Oui. Un élément auquel des événements se rapportent est conservé, marqué retiré, avec ses événements ; un élément sans événements est retiré du plan. Les lignes ne sont jamais supprimées : une ligne que vous supprimez reste dans le plan telle quelle (l'importation la liste).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="96" />
            <source>To move an item up or down, move its row among its siblings. To move it under another parent of the same level, put that parent's Id in its Parent id: it goes last there.</source>
            <translation>Pour monter ou descendre un élément, déplacez sa ligne parmi ses voisins. Pour le déplacer sous un autre parent du même niveau, mettez l'Id de ce parent dans son Id du parent : il y va en dernier.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="98" />
            <source>Do not edit the Id, Parent id (except to move) or Carried from id columns, nor the hidden row above the headings: they tie each row to its item.</source>
            <translation>Ne modifiez pas les colonnes Id, Id du parent (sauf pour déplacer) ni Id d'origine, ni la ligne masquée au-dessus des en-têtes : elles relient chaque ligne à son élément.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="100" />
            <source>The Year above the table says which year's plan the workbook is for. To draft next year's plan, change the Year: if that year has no plan yet, the import creates it as a copy of this one, with your changes.</source>
            <translation>L'Année au-dessus du tableau dit de quelle année est le plan du classeur. Pour préparer le plan de l'année suivante, changez l'Année : si cette année n'a pas encore de plan, l'importation le crée comme copie de celui-ci, avec vos changements.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="102" />
            <source>Targets are whole numbers from 0 to 1,000,000. Type values, not formulas: a cell holding a formula is refused. Titles have at most 2,000 characters, units 200.</source>
            <translation>Les objectifs sont des nombres entiers de 0 à 1 000 000. Saisissez des valeurs, pas des formules : une cellule contenant une formule est refusée. Les titres ont au plus 2 000 caractères, les unités 200.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="104" />
            <source>An activity may split its target between the halves of the year: how many are due by 30 June and how many in July-December. Both given add up to the target; one alone leaves the rest to the other half; both empty: not split.</source>
            <translation>Une activité peut répartir son objectif entre les deux moitiés de l'année : combien sont attendues au 30 juin et combien en juillet-décembre. Les deux données s'additionnent pour faire l'objectif ; une seule laisse le reste à l'autre moitié ; les deux vides : pas de répartition.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="107" />
            <source>Headings may be in English, Spanish, French or Portuguese; title rows, blank rows and a total row without Level and Id are skipped. Do not merge cells in the table.</source>
            <translation>Les en-têtes peuvent être en anglais, espagnol, français ou portugais ; les lignes de titre, les lignes vides et une ligne de total sans Niveau ni Id sont ignorées. Ne fusionnez pas de cellules dans le tableau.</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkbookImport</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="115" />
            <source>{name}: the table of the sheet {sheet} lacks the columns {columns}.</source>
            <translation>{name} : il manque au tableau de la feuille {sheet} les colonnes {columns}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="123" />
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, ligne {row}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="125" />
            <source>{sheet}, row {row}, column {letter} ({heading})</source>
            <translation>{sheet}, ligne {row}, colonne {letter} ({heading})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="130" />
            <source>{sheet}, cells {cells}: merged cells in the table; unmerge them (each row needs its own values).</source>
            <translation>{sheet}, cellules {cells} : cellules fusionnées dans le tableau ; annulez la fusion (chaque ligne a besoin de ses propres valeurs).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="144" />
            <source>There is no work plan for {year}, and the rows of {name} carry no Id of another year's plan to start it from. Export an earlier year's plan workbook, change its Year to {year}, and edit it.</source>
            <translation>Il n'y a pas de plan de travail pour {year}, et les lignes de {name} ne portent aucun Id du plan d'une autre année à partir duquel le commencer. Exportez le classeur du plan d'une année antérieure, changez son Année en {year} et modifiez-le.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="148" />
            <source>There is no work plan for {year}, and the Ids of {name} belong to the plans of several years ({years}): a new plan starts from one.</source>
            <translation>Il n'y a pas de plan de travail pour {year}, et les Id de {name} appartiennent aux plans de plusieurs années ({years}) : un nouveau plan part d'un seul.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="173" />
            <source>{where}: no Level and no Id, not an item (a total or a note?): “{text}”</source>
            <translation>{where} : ni Niveau ni Id, pas un élément (un total ou une note ?) : « {text} »</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="179" />
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="183" />
            <source>holds a formula ({formula}); the import takes typed values only (a formula is never computed here): type the value</source>
            <translation>contient une formule ({formula}) ; l'importation ne prend que des valeurs saisies (une formule n'est jamais calculée ici) : saisissez la valeur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="187" />
            <source>holds the error {value}</source>
            <translation>contient l'erreur {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="192" />
            <source>“{value}” is not a level ({levels})</source>
            <translation>« {value} » n'est pas un niveau ({levels})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="194" />
            <source>the Level is empty ({levels})</source>
            <translation>le Niveau est vide ({levels})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="199" />
            <source>the same Id is on row {row} too; each item has one row</source>
            <translation>le même Id est aussi à la ligne {row} ; chaque élément a une ligne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="207" />
            <source>this Id is an item of the {other} plan, not of the {year} plan</source>
            <translation>cet Id est un élément du plan {other}, pas du plan {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="210" />
            <source>no item of the {year} plan has this Id (taken out of the plan, or from another database); leave the Id empty to add an item</source>
            <translation>aucun élément du plan {year} n'a cet Id (retiré du plan, ou d'une autre base de données) ; laissez l'Id vide pour ajouter un élément</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="215" />
            <source>this item is a {level}; an item's level cannot change (add a new row and retire this one)</source>
            <translation>cet élément est de niveau {level} ; le niveau d'un élément ne peut pas changer (ajoutez une ligne et retirez celle-ci)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="220" />
            <source>an item needs a title</source>
            <translation>un élément a besoin d'un titre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="222" />
            <source>a title has at most {count} characters (this one has {length})</source>
            <translation>un titre a au plus {count} caractères (celui-ci en a {length})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="237" />
            <source>activities have no code (they are numbered by their order)</source>
            <translation>les activités n'ont pas de code (elles sont numérotées par leur ordre)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="239" />
            <source>“{value}” is not a number like 3</source>
            <translation>« {value} » n'est pas un numéro comme 3</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="241" />
            <source>“{value}” is not a letter like B</source>
            <translation>« {value} » n'est pas une lettre comme B</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="243" />
            <source>a work area needs its number and a program its letter</source>
            <translation>un domaine d'action a besoin de son numéro et un programme de sa lettre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="256" />
            <source>“{value}” is not a whole number from 0 to 1,000,000</source>
            <translation>« {value} » n'est pas un nombre entier de 0 à 1 000 000</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="259" />
            <source>{value} is too large: a target is at most 1,000,000</source>
            <translation>{value} est trop grand : un objectif est au plus 1 000 000</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="271" />
            <source>a unit has at most {count} characters (this one has {length})</source>
            <translation>une unité a au plus {count} caractères (celle-ci en a {length})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="286" />
            <source>“{value}” is neither {yes} nor {no}</source>
            <translation>« {value} » n'est ni {yes} ni {no}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="295" />
            <source>only activities have targets</source>
            <translation>seules les activités ont des objectifs</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="305" />
            <source>a work area's Parent id is the plan's own (or empty)</source>
            <translation>l'Id du parent d'un domaine d'action est celui du plan (ou vide)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="311" />
            <source>no item of the {year} plan has this Id</source>
            <translation>aucun élément du plan {year} n'a cet Id</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="316" />
            <source>a {level} goes under a {parent_level}, but this Parent id is a {found}</source>
            <translation>un élément de niveau {level} va sous un élément de niveau {parent_level}, mais cet Id du parent est de niveau {found}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="326" />
            <source>no {parent_level} above this {level} and no Parent id: say where it goes</source>
            <translation>aucun élément de niveau {parent_level} au-dessus de cet élément de niveau {level}, ni Id du parent : dites où il va</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="343" />
            <source>a new item cannot be retired; leave the row out</source>
            <translation>un nouvel élément ne peut pas être retiré ; supprimez la ligne</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="354" />
            <source>{where}: its parent is being retired; retire it too, or move it under another parent</source>
            <translation>{where} : son parent est retiré ; retirez-le aussi, ou déplacez-le sous un autre parent</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="356" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="366" />
            <source>{where}: {code} is also the code of row {row}, under the same parent; each item has its own</source>
            <translation>{where} : {code} est aussi le code de la ligne {row}, sous le même parent ; chaque élément a le sien</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="372" />
            <source>{name}: the sheet {sheet} lists no items of a plan.</source>
            <translation>{name} : la feuille {sheet} ne liste aucun élément d'un plan.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="96" />
            <source>There is no work plan for {year} yet: importing CREATES it, as a copy of the {source} plan (every item carried over, linked to the one it came from) with the changes below.</source>
            <translation>Il n'y a pas encore de plan de travail pour {year} : l'importation le CRÉE, comme copie du plan {source} (chaque élément reporté, lié à celui d'origine) avec les changements ci-dessous.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="99" />
            <source>The {year} work plan ({symbol}) exists: importing ADDS TO it — the items below are added, changed or retired in it; the others stay as they are.</source>
            <translation>Le plan de travail {year} ({symbol}) existe : l'importation le COMPLÈTE — les éléments ci-dessous y sont ajoutés, modifiés ou retirés ; les autres restent tels quels.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="106" />
            <source>This computer is a laptop: plan changes are made at headquarters, where they travel to every laptop. This workbook can be previewed here, not imported.</source>
            <translation>Cet ordinateur est un portable : les changements du plan se font au siège, d'où ils parviennent à tous les portables. Ici, ce classeur peut être prévisualisé, pas importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="165" />
            <source>Nothing was imported: correct the rows with problems in the workbook first.</source>
            <translation>Rien n'a été importé : corrigez d'abord les lignes à problème dans le classeur.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="167" />
            <source>Nothing was imported: this computer is a laptop, and plan changes are made at headquarters (where they travel to every laptop). Import the workbook there.</source>
            <translation>Rien n'a été importé : cet ordinateur est un portable, et les changements du plan se font au siège (d'où ils parviennent à tous les portables). Importez-y le classeur.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="170" />
            <source>Nothing to import: the workbook is the plan as it is.</source>
            <translation>Rien à importer : le classeur est le plan tel qu'il est.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="183" />
            <source>Nothing was imported: {reason}</source>
            <translation>Rien n'a été importé : {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="187" />
            <source>Nothing was imported: the database refused the change ({detail}).</source>
            <translation>Rien n'a été importé : la base de données a refusé le changement ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="214" />
            <source>Nothing was imported: the {year} work plan changed since the workbook was read. Import it again to see what it would change now.</source>
            <translation>Rien n'a été importé : le plan de travail {year} a changé depuis la lecture du classeur. Importez-le à nouveau pour voir ce qu'il changerait maintenant.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="226" />
            <source>carried over from the {year} plan</source>
            <translation>reporté du plan {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="127" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>{name} n'a pas pu être lu comme classeur Excel (.xlsx) : {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="132" />
            <source>{name} has no Work plan sheet: export the plan workbook from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} n'a pas de feuille Plan de travail : exportez le classeur du plan depuis CICTE Desktop, modifiez-le et réimportez-le.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="149" />
            <source>{name} holds more than {count} rows: a work plan has far fewer. Is it the plan workbook?</source>
            <translation>{name} a plus de {count} lignes : un plan de travail en a bien moins. Est-ce le classeur du plan ?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="156" />
            <source>{name}: row {row} of the sheet {sheet} cannot be read ({detail}); the workbook was damaged or altered.</source>
            <translation>{name} : la ligne {row} de la feuille {sheet} ne peut pas être lue ({detail}) ; le classeur a été endommagé ou altéré.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="203" />
            <source>{name}: the sheet {sheet} has no table of the plan (no row with the headings Level, Title, Id… in its first {count} rows). Export the plan workbook from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} : la feuille {sheet} n'a pas le tableau du plan (aucune ligne avec les en-têtes Niveau, Titre, Id… dans ses {count} premières lignes). Exportez le classeur du plan depuis CICTE Desktop, modifiez-le et réimportez-le.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="222" />
            <source>{name}: the Year above the table (row {row}) is not a year from {first} to {last}.</source>
            <translation>{name} : l'Année au-dessus du tableau (ligne {row}) n'est pas une année de {first} à {last}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="227" />
            <source>{name}: the sheet {sheet} does not say which year's plan it is for (the Year line above the table).</source>
            <translation>{name} : la feuille {sheet} ne dit pas de quelle année est le plan (la ligne Année au-dessus du tableau).</translation>
        </message>
    </context>
    <context>
        <name>PlanYears</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="80" />
            <source>{year} is not a year for a work plan (from {first} to {last}).</source>
            <translation>{year} n’est pas une année pour un plan de travail (de {first} à {last}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="83" />
            <source>There is already a work plan for {year}; a year has one work plan, which can be edited.</source>
            <translation>Il existe déjà un plan de travail pour {year} ; une année a un seul plan de travail, qui peut être modifié.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="86" />
            <source>There is no work plan for {year} to start from (work plans: {years}).</source>
            <translation>Il n’y a pas de plan de travail {year} de départ (plans de travail : {years}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="87" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="117" />
            <source>Carried over from the {year} work plan ({symbol}).</source>
            <translation>Repris du plan de travail {year} ({symbol}).</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="6" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="14" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="27" />
            <source>Colours</source>
            <translation>Couleurs</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="37" />
            <source>Light, dark or high-contrast colours, or those of the system's light or dark setting. A change shows at once.</source>
            <translation>Couleurs claires, sombres ou à contraste élevé, ou celles du mode clair ou sombre du système. Un changement se voit aussitôt.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="46" />
            <source>The window, messages, Excel workbooks and PDF reports use this language. It takes effect the next time CICTE Desktop starts.</source>
            <translation>La fenêtre, les messages, les classeurs Excel et les rapports PDF utilisent cette langue. Le changement prend effet au prochain démarrage de CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="31" />
            <source>The system's language ({language})</source>
            <translation>La langue du système ({language})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="37" />
            <source>Follow the system ({theme})</source>
            <translation>Selon le système ({theme})</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../cicte_desktop/services/privacy.py" line="208" />
            <source>The personal data were removed from the records, but the database file could not be rebuilt ({detail}), so old copies may remain in its free space. Close other programs using it, free some disk space, and remove personal data again.</source>
            <translation>Les données personnelles ont été supprimées des enregistrements, mais le fichier de la base de données n’a pas pu être reconstruit ({detail}) : d’anciennes copies peuvent rester dans son espace libre. Fermez les autres programmes qui l’utilisent, libérez de l’espace disque et supprimez à nouveau les données personnelles.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/privacy.py" line="213" />
            <source>The personal data were removed from the records, but another program kept the database busy, so old copies may remain in its journal. Close other programs using it and remove personal data again.</source>
            <translation>Les données personnelles ont été supprimées des enregistrements, mais un autre programme a occupé la base de données : d’anciennes copies peuvent rester dans son journal. Fermez les autres programmes qui l’utilisent et supprimez à nouveau les données personnelles.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="21" />
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="24" />
            <source>Participants' names, e-mails and phones are personal data. They stay out of Excel exports unless you ask for them; field packages carry them, so that rosters can be merged (protect packages with a passphrase). Here you can remove them from older events for good: the counts by sex, institutions and countries are kept, and the removal is recorded in each event's history.</source>
            <translation>Les noms, courriels et téléphones des participants sont des données personnelles. Ils sont exclus des exportations Excel, sauf si vous les demandez ; les paquets de terrain les transportent, afin que les listes puissent être fusionnées (protégez les paquets par une phrase secrète). Vous pouvez ici les supprimer définitivement des événements anciens : les effectifs par sexe, les institutions et les pays sont conservés, et la suppression est consignée dans l'historique de chaque événement.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="29" />
            <source>They also go from the conflict history, the history of changes and drafts of those events, and the database file is rebuilt so that no copy of them remains in it. Backups made before keep theirs.</source>
            <translation>Elles disparaissent aussi de l’historique des conflits, de l’historique des modifications et des brouillons de ces événements, et le fichier de la base de données est reconstruit pour qu’il n’en reste aucune copie. Les sauvegardes faites auparavant conservent les leurs.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="39" />
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="42" />
            <source>Remove the personal data of events older than:</source>
            <translation>Supprimer les données personnelles des événements datant de plus de :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="48" />
            <source>Remove personal data…</source>
            <translation>Supprimer les données personnelles…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="68" />
            <source>Remove personal data</source>
            <translation>Supprimer les données personnelles</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="68" />
            <source>Remove the names, e-mails and phones of the participants of every event that started before {date}? This cannot be undone.</source>
            <translation>Supprimer les noms, courriels et téléphones des participants de tous les événements commencés avant le {date} ? Cette opération est irréversible.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="70" />
            <source>Remove</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="70" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/privacy.py" line="77" />
            <source>Personal data removed for %n participant(s).</source>
            <translation>
                <numerusform>Données personnelles supprimées pour %n participant.</numerusform>
                <numerusform>Données personnelles supprimées pour %n participants.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="85" />
            <source>Removing personal data…</source>
            <translation>Suppression des données personnelles…</translation>
        </message>
        <message>
            <source>Participants' names, e-mails and phones are personal data. They stay out of exports and field packages unless you ask for them. Here you can remove them from older events for good: the counts by sex, institutions and countries are kept, and the removal is recorded in each event's history.</source>
            <translation type="vanished">Les noms, courriels et téléphones des participants sont des données personnelles. Ils sont exclus des exportations et des paquets de terrain, sauf si vous les demandez. Vous pouvez ici les supprimer définitivement des événements anciens : les effectifs par sexe, les institutions et les pays sont conservés, et la suppression est consignée dans l'historique de chaque événement.</translation>
        </message>
        <message>
            <source>Remove personal data of events that started more than</source>
            <translation type="vanished">Supprimer les données personnelles des événements commencés plus de</translation>
        </message>
        <message>
            <source>ago</source>
            <translation type="vanished">auparavant</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="35" />
            <source>CICTE Desktop cannot open the database</source>
            <translation>CICTE Desktop ne peut pas ouvrir la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="42" />
            <source>The latest good backup was saved on {when} on {device}: {events}, {people}.</source>
            <translation>La dernière sauvegarde valide a été enregistrée le {when} sur {device} : {events}, {people}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/recovery.py" line="44" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
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
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="47" />
            <source>No good backup was found in the data folder.</source>
            <translation>Aucune sauvegarde valide n'a été trouvée dans le dossier de données.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="51" />
            <source>Open the latest good backup</source>
            <translation>Ouvrir la dernière sauvegarde valide</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="53" />
            <source>Choose another file…</source>
            <translation>Choisir un autre fichier…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="54" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="63" />
            <source>The file that failed is left as it is: nothing in it is overwritten or deleted.</source>
            <translation>Le fichier en échec est laissé en l'état : rien n'y est écrasé ni supprimé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="109" />
            <source>The file that could not be opened was kept as {aside}. The backup of {when} is now open in its place.</source>
            <translation>Le fichier qui n'a pas pu être ouvert a été conservé sous le nom {aside}. La sauvegarde du {when} est maintenant ouverte à sa place.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="113" />
            <source>{path} was left as it is. The backup of {when} is open from {target}; open that file again next time (File &gt; Open Database).</source>
            <translation>{path} n'a pas été modifié. La sauvegarde du {when} est ouverte depuis {target} ; ouvrez de nouveau ce fichier la prochaine fois (Fichier &gt; Ouvrir la base de données).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="125" />
            <source>Open Database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="126" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données CICTE (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="143" />
            <source>Cannot restore the backup</source>
            <translation>Impossible de restaurer la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="145" />
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="155" />
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="156" />
            <source>Restoring {name}…</source>
            <translation>Restauration de {name}…</translation>
        </message>
        <message>
            <source>The latest good backup was saved on {when} on {device}: {events} events, {people} participants.</source>
            <translation type="vanished">La dernière sauvegarde valide a été enregistrée le {when} sur {device} : {events} événements, {people} participants.</translation>
        </message>
    </context>
    <context>
        <name>ReportsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="58" />
            <source>Certificates of participation</source>
            <translation>Certificats de participation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="58" />
            <source>This event has no participants on its roster. Add them in the event's form (or import its attendance sheet) to print their certificates.</source>
            <translation>La liste de cet événement ne comporte aucun participant. Ajoutez-les dans le formulaire de l'événement (ou importez sa feuille de présence) pour imprimer leurs certificats.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="88" />
            <source>PDF report</source>
            <translation>Rapport PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="88" />
            <source>Cancelled: no file was written.</source>
            <translation>Annulé : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="92" />
            <source>Cannot make this report</source>
            <translation>Impossible de produire ce rapport</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="97" />
            <source>The report failed</source>
            <translation>La création du rapport a échoué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="97" />
            <source>The report could not be written ({detail}).</source>
            <translation>Le rapport n'a pas pu être écrit ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="104" />
            <source>Preparing {name}…</source>
            <translation>Préparation de {name}…</translation>
        </message>
    </context>
    <context>
        <name>RosterTableModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Position</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="59" />
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="59" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="61" />
            <source>F or M; leave empty when not recorded</source>
            <translation>F ou M ; laisser vide si non renseigné</translation>
        </message>
    </context>
    <context>
        <name>SafetyController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="87" />
            <source>The database is in use</source>
            <translation>La base de données est en cours d'utilisation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="87" />
            <source>{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other program is done.</source>
            <translation>{problem} D'ici là, les modifications ne peuvent pas être enregistrées ; fermez CICTE Desktop et rouvrez-le lorsque l'autre programme aura terminé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="103" />
            <source>Backed up on the server</source>
            <translation>Sauvegardée sur le serveur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="104" />
            <source>The server's administrator backs this database up</source>
            <translation>L’administrateur du serveur sauvegarde cette base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="109" />
            <source>No automatic backup yet</source>
            <translation>Aucune sauvegarde automatique pour l'instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="113" />
            <source>Last backup: %n hour(s) ago</source>
            <translation>
                <numerusform>Dernière sauvegarde : il y a %n heure</numerusform>
                <numerusform>Dernière sauvegarde : il y a %n heures</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="114" />
            <source>Last backup: less than an hour ago</source>
            <translation>Dernière sauvegarde : il y a moins d'une heure</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="143" />
            <source>Back Up To</source>
            <translation>Sauvegarder vers</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="144" />
            <source>CICTE databases (*.sqlite)</source>
            <translation>Bases de données CICTE (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="153" />
            <source>The backup failed</source>
            <translation>La sauvegarde a échoué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="154" />
            <source>Choose another file: this is the database you are working on.</source>
            <translation>Choisissez un autre fichier : il s'agit de la base de données en cours d'utilisation.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="171" />
            <source>Saved {path}: {events}, {people}.</source>
            <translation>{path} enregistré : {events}, {people}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="172" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
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
                <numerusform>Remarque : %n ligne de la base de données renvoie à des enregistrements manquants ; Outils &gt; Vérifier la base de données indique laquelle.</numerusform>
                <numerusform>Remarque : %n lignes de la base de données renvoient à des enregistrements manquants ; Outils &gt; Vérifier la base de données indique lesquelles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="177" />
            <source>Back up</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="181" />
            <source>Copying the database to {path}…</source>
            <translation>Copie de la base de données vers {path}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="184" />
            <source>Cancelled: nothing was written.</source>
            <translation>Annulé : rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="189" />
            <source>Restore From Backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="190" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bases de données CICTE (*.sqlite *.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="206" />
            <source>{backup} is a backup of a laptop ({device}). Restored on the server, headquarters' database would become that laptop's, so it is not offered. To bring the laptop's work in, import its field package (File &gt; Import Field Package…).</source>
            <translation>{backup} est une sauvegarde d’un ordinateur portable ({device}). Restaurée sur le serveur, la base de données du siège deviendrait celle de cet ordinateur ; elle n’est donc pas proposée. Pour intégrer le travail de cet ordinateur, importez son paquet de terrain (Fichier &gt; Importer un paquet de terrain…).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="214" />
            <source>Restore from backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="215" />
            <source>Checking {name}…</source>
            <translation>Vérification de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="216" />
            <source>Cannot restore this backup</source>
            <translation>Impossible de restaurer cette sauvegarde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="221" />
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation>Cette sauvegarde a été enregistrée le {when} sur {device}. Elle contient {events} et {people}.

Remplacer par celle-ci la base de données en cours d'utilisation ? La base actuelle sera d'abord conservée comme sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="228" />
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the content of the database on the server, {name}, with it, for every program manager? Its content as it is now is kept as a backup on this computer first.</source>
            <translation>Cette sauvegarde a été enregistrée le {when} sur {device}. Elle contient {events} et {people}.

Remplacer par elle le contenu de la base de données du serveur, {name}, pour tous les gestionnaires de programme ? Son contenu actuel est d’abord conservé en sauvegarde sur cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="234" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="235" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="253" />
            <source>Restored. The database as it was is kept in {kept}.</source>
            <translation>Restauration effectuée. La base de données antérieure est conservée dans {kept}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="257" />
            <source>The restore failed</source>
            <translation>La restauration a échoué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="265" />
            <source>Restoring {name}…</source>
            <translation>Restauration de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="291" />
            <source>The backup was restored (the database as it was is kept in {kept}), but reading it again failed: {problem} Connect to the server again (File &gt; Connect to Server…).</source>
            <translation>La sauvegarde a été restaurée (la base de données telle qu’elle était est conservée dans {kept}), mais sa relecture a échoué : {problem} Reconnectez-vous au serveur (Fichier &gt; Se connecter à un serveur…).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="325" />
            <source>{name}: no problems found.</source>
            <translation>{name} : aucun problème trouvé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="326" />
            <source>{name}: problems found (below).</source>
            <translation>{name} : des problèmes ont été trouvés (ci-dessous).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="329" />
            <source>Check the database</source>
            <translation>Vérifier la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="368" />
            <source>Backing up before closing…</source>
            <translation>Sauvegarde avant la fermeture…</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server ({name}): its administrator backs it up, checks and restores it with PostgreSQL's own tools (see the README, "Headquarters on PostgreSQL"). To keep a copy of its content on this computer, export a field package with everything in it.</source>
            <translation type="vanished">Cette base de données est sur un serveur PostgreSQL ({name}) : son administrateur la sauvegarde, la vérifie et la restaure avec les outils de PostgreSQL (voir le README, « Headquarters on PostgreSQL »). Pour garder une copie de son contenu sur cet ordinateur, exportez un paquet de terrain avec tout son contenu.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="54" />
            <source>the seeded work plan has {count} planned activities, not 70</source>
            <translation>le plan de travail initial compte {count} activités prévues, et non 70</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="56" />
            <source>{areas} work areas, {activities} planned activities</source>
            <translation>{areas} domaines d'action, {activities} activités prévues</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="74" />
            <source>the roster read back differs from the one saved</source>
            <translation>la liste relue diffère de celle enregistrée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="75" />
            <source>1 event, {count} participants</source>
            <translation>1 événement, {count} participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="92" />
            <source>the workbook's Events sheet does not hold the event</source>
            <translation>la feuille Événements du classeur ne contient pas l'événement</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="93" />
            <source>{size} KB, {events} events</source>
            <translation>{size} Ko, {events} événements</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="104" />
            <source>{count} certificates were made for 3 participants</source>
            <translation>{count} certificats ont été produits pour 3 participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="106" />
            <source>the report is not a PDF</source>
            <translation>le rapport n'est pas un PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="107" />
            <source>report of {pages} pages, {count} certificates</source>
            <translation>rapport de {pages} pages, {count} certificats</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="132" />
            <source>importing the same package twice would change the database</source>
            <translation>importer deux fois le même paquet modifierait la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="135" />
            <source>the event arrived without its roster</source>
            <translation>l'événement est arrivé sans sa liste de participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="138" />
            <source>{records} records out and in, encrypted; a second import changed nothing</source>
            <translation>{records} enregistrements exportés et réimportés, chiffrés ; une seconde importation n'a rien modifié</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="151" />
            <source>integrity and references ok</source>
            <translation>intégrité et références correctes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="160" />
            <source>no graphical application could be started</source>
            <translation>aucune application graphique n'a pu être lancée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="166" />
            <source>the main window did not paint</source>
            <translation>la fenêtre principale ne s'est pas affichée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="167" />
            <source>the work plan tree shows {count} work areas, not 5</source>
            <translation>l'arborescence du plan de travail affiche {count} domaines d'action, et non 5</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="171" />
            <source>the toolbar's icons could not be drawn (no SVG support)</source>
            <translation>les icônes de la barre d'outils n'ont pas pu être dessinées (pas de prise en charge du SVG)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="181" />
            <source>the dashboard's map of the member states could not be drawn</source>
            <translation>la carte des États membres du tableau de bord n’a pas pu être dessinée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="185" />
            <source>the user guide (F1) could not be shown</source>
            <translation>le guide de l'utilisateur (F1) n'a pas pu être affiché</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="190" />
            <source>painted {width}x{height}</source>
            <translation>affichée en {width}x{height}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="206" />
            <source>the {language} translations are missing</source>
            <translation>les traductions « {language} » sont absentes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="208" />
            <source>the {language} translations are empty</source>
            <translation>les traductions « {language} » sont vides</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="210" />
            <source>Qt's own {language} translations are missing</source>
            <translation>les traductions « {language} » de Qt lui-même sont absentes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="218" />
            <source>Create and seed a database</source>
            <translation>Créer et initialiser une base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="219" />
            <source>Log an event with a roster</source>
            <translation>Consigner un événement avec une liste de participants</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="220" />
            <source>Export an Excel workbook</source>
            <translation>Exporter un classeur Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="221" />
            <source>Export a PDF report and certificates</source>
            <translation>Exporter un rapport PDF et des certificats</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="222" />
            <source>Export and re-import a field package</source>
            <translation>Exporter et réimporter un paquet de terrain</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="223" />
            <source>Check the database's integrity</source>
            <translation>Vérifier l'intégrité de la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="224" />
            <source>Load the translations</source>
            <translation>Charger les traductions</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="225" />
            <source>Open the main window</source>
            <translation>Ouvrir la fenêtre principale</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="270" />
            <source>{step}: SKIPPED (an earlier step failed)</source>
            <translation>{step} : IGNORÉE (une étape précédente a échoué)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="279" />
            <source>{step}: FAILED: {error}</source>
            <translation>{step} : ÉCHEC : {error}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="283" />
            <source>{step}: OK ({detail}, {seconds:.2f} s)</source>
            <translation>{step} : OK ({detail}, {seconds:.2f} s)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="292" />
            <source>Self-test passed: {count} steps in {seconds:.1f} s.</source>
            <translation>Autotest réussi : {count} étapes en {seconds:.1f} s.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="292" />
            <source>Self-test FAILED: {failed} of {count} steps failed, see above.</source>
            <translation>Autotest en ÉCHEC : {failed} étapes sur {count} ont échoué, voir ci-dessus.</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="93" />
            <source>{database} on {host}:{port}</source>
            <translation>{database} sur {host}:{port}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="113" />
            <source>“{host}” is not a server: type a name such as db.example.org or an address such as 10.0.0.5, and the port in its own field.</source>
            <translation>« {host} » n’est pas un serveur : saisissez un nom comme db.example.org ou une adresse comme 10.0.0.5, et le port dans son propre champ.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="123" />
            <source>{url} is not a PostgreSQL URL like postgresql://user@host/cicte</source>
            <translation>{url} n’est pas une URL PostgreSQL comme postgresql://user@host/cicte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="128" />
            <source>{url} has a port that is not a number from 1 to 65535</source>
            <translation>{url} a un port qui n’est pas un nombre de 1 à 65535</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="130" />
            <source>Leave the password out of the URL: the app never keeps passwords. Put it in your .pgpass file (or the PGPASSWORD variable), where PostgreSQL's own tools find it.</source>
            <translation>Ne mettez pas le mot de passe dans l’URL : l’application ne conserve jamais de mots de passe. Placez-le dans votre fichier .pgpass (ou dans la variable PGPASSWORD), où les outils de PostgreSQL eux-mêmes le trouvent.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="136" />
            <source>{url} names no database: write it as postgresql://user@host/cicte</source>
            <translation>{url} n’indique aucune base de données : écrivez-la sous la forme postgresql://user@host/cicte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="158" />
            <source>The server {name} did not accept user {user}: put the password in your .pgpass file or the PGPASSWORD variable ({reason})</source>
            <translation>Le serveur {name} n’a pas accepté l’utilisateur {user} : placez le mot de passe dans votre fichier .pgpass ou dans la variable PGPASSWORD ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="161" />
            <source>The server {host} has no user {user}: the database administrator creates it (see the README, "Headquarters on PostgreSQL")</source>
            <translation>Le serveur {host} n’a pas d’utilisateur {user} : c’est l’administrateur de la base de données qui le crée (voir le README, « Headquarters on PostgreSQL »)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="164" />
            <source>There is no database {database} on {host}: the database administrator creates it (see the README, "Headquarters on PostgreSQL")</source>
            <translation>Il n’y a pas de base de données {database} sur {host} : c’est l’administrateur de la base de données qui la crée (voir le README, « Headquarters on PostgreSQL »)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="167" />
            <source>User {user} may not change the database {name}: the database administrator makes that user its owner (see the README, "Headquarters on PostgreSQL") ({reason})</source>
            <translation>L’utilisateur {user} ne peut pas modifier la base de données {name} : l’administrateur de la base de données doit en faire le propriétaire (voir le README, « Headquarters on PostgreSQL ») ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="171" />
            <source>There is no server called {host} on the network this computer is on: check its name, and that this computer is connected (for example to the office network or its VPN).</source>
            <translation>Il n’y a aucun serveur nommé {host} sur le réseau de cet ordinateur : vérifiez son nom, et que l’ordinateur est connecté (par exemple au réseau du bureau ou à son VPN).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="174" />
            <source>Could not reach the PostgreSQL server at {host}:{port}: check that it is running and accepts connections from this computer ({reason})</source>
            <translation>Impossible de joindre le serveur PostgreSQL sur {host}:{port} : vérifiez qu’il est démarré et qu’il accepte les connexions de cet ordinateur ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="176" />
            <source>Could not work with the database {name}: {reason}</source>
            <translation>Impossible de travailler avec la base de données {name} : {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="183" />
            <source>The database {name} was upgraded by a newer CICTE Desktop (schema {revision}); this version knows schemas up to {head}. Install the newer version.</source>
            <translation>La base de données {name} a été mise à niveau par une version plus récente de CICTE Desktop (schéma {revision}) ; cette version connaît les schémas jusqu’au {head}. Installez la version plus récente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_database.py" line="222" />
            <source>The database {name} is not ready for this version of CICTE Desktop: run cicte-desktop --db {url} upgrade once (the database administrator, when every manager has this version).</source>
            <translation>La base de données {name} n’est pas prête pour cette version de CICTE Desktop : exécutez une fois cicte-desktop --db {url} upgrade (l’administrateur de la base de données, quand tous les gestionnaires ont cette version).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_setup.py" line="47" />
            <source>The database {name} already holds tables of another program ({tables}); CICTE Desktop needs a database of its own: ask the database administrator for an empty one.</source>
            <translation>La base de données {name} contient déjà des tables d’un autre programme ({tables}) ; CICTE Desktop a besoin de sa propre base de données : demandez-en une vide à l’administrateur de la base de données.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_setup.py" line="80" />
            <source>The database {name} sorts text as {collation}; CICTE Desktop needs the order the laptops use. Ask the database administrator to create it again, empty, with createdb --locale=C.UTF-8 --template=template0 (see the README, "Headquarters on PostgreSQL").</source>
            <translation>La base de données {name} trie le texte selon {collation} ; CICTE Desktop a besoin de l’ordre qu’utilisent les ordinateurs portables. Demandez à l’administrateur de la base de données de la recréer, vide, avec createdb --locale=C.UTF-8 --template=template0 (voir le README, « Headquarters on PostgreSQL »).</translation>
        </message>
    </context>
    <context>
        <name>ServerConnectDialog</name>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="6" />
            <source>Connect to Server</source>
            <translation>Se connecter à un serveur</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="18" />
            <source>Headquarters' database on a PostgreSQL server, shared by the program managers. Ask the database administrator for these details.</source>
            <translation>La base de données du siège sur un serveur PostgreSQL, partagée par les gestionnaires de programmes. Demandez ces informations à l’administrateur de la base de données.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="30" />
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="47" />
            <source>&amp;Port:</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="70" />
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="87" />
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="100" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="113" />
            <source>Empty: the one in your .pgpass file</source>
            <translation>Vide : celui de votre fichier .pgpass</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="122" />
            <source>The password is used for this session only and never saved by CICTE Desktop. Not to type it each time, put it in your .pgpass file (the administrator can help).</source>
            <translation>Le mot de passe ne sert que pour cette session et CICTE Desktop ne l’enregistre jamais. Pour ne pas le saisir à chaque fois, mettez-le dans votre fichier .pgpass (l’administrateur peut vous aider).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="30" />
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="64" />
            <source>the server</source>
            <translation>le serveur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="64" />
            <source>the database</source>
            <translation>la base de données</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="65" />
            <source>the user</source>
            <translation>l’utilisateur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="70" />
            <source>Still needed: {fields}</source>
            <translation>Il manque : {fields}</translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="45" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="45" />
            <source>CICTE Desktop will be in {language} the next time it starts.</source>
            <translation>CICTE Desktop s'affichera dans la langue choisie ({language}) au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="64" />
            <source>Text size: {percent} of the system's</source>
            <translation>Taille du texte : {percent} de celle du système</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="74" />
            <source>Translated titles</source>
            <translation>Titres traduits</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="74" />
            <source>Select a work area, program, project or planned activity first.</source>
            <translation>Sélectionnez d'abord un domaine d'action, un programme, un projet ou une activité prévue.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="84" />
            <source>Cannot save the titles</source>
            <translation>Impossible d'enregistrer les titres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="84" />
            <source>The titles could not be written ({detail}). Nothing was changed.</source>
            <translation>Les titres n'ont pas pu être écrits ({detail}). Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="106" />
            <source>About CICTE Desktop</source>
            <translation>À propos de CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="106" />
            <source>CICTE Desktop {version}

Plans, logs and reports the capacity-building work of the Secretariat of the Inter-American Committee against Terrorism (OAS).

Database: {path}</source>
            <translation>CICTE Desktop {version}

Planification, suivi et compte rendu des activités de renforcement des capacités du Secrétariat du Comité interaméricain contre le terrorisme (OEA).

Base de données : {path}</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="27" />
            <source>Target of the Activity</source>
            <translation>Cible de l'activité</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="28" />
            <source>no number</source>
            <translation>sans nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="32" />
            <source>workshops, missions, countries…</source>
            <translation>ateliers, missions, pays…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="33" />
            <source>Upon request of member states</source>
            <translation>Sur demande des États membres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="36" />
            <source>not set</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="43" />
            <source>&amp;How many:</source>
            <translation>&amp;Combien :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="44" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unité :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="46" />
            <source>Due by 30 &amp;June:</source>
            <translation>D'ici le 30 &amp;juin :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="47" />
            <source>Due July–&amp;December:</source>
            <translation>Juillet–&amp;décembre :</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="82" />
            <source>Optional. Without them the target is expected evenly over the year.</source>
            <translation>Facultatif. Sans elles, la cible est attendue de façon régulière sur l'année.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="86" />
            <source>{first} due by 30 June, all {target} by 31 December.</source>
            <translation>{first} d'ici le 30 juin, les {target} d'ici le 31 décembre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="102" />
            <source>The target was not changed</source>
            <translation>La cible n'a pas été modifiée</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="103" />
            <source>{column} is not as its table allows ({detail})</source>
            <translation>{column} n’est pas comme sa table le permet ({detail})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="104" />
            <source>a value</source>
            <translation>une valeur</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="105" />
            <source>{record}: {problem}</source>
            <translation>{record} : {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="46" />
            <source>it has a half-year target but no numeric target</source>
            <translation>il a une cible semestrielle mais pas de cible chiffrée</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="49" />
            <source>its half-year target {half} is more than its target {target}</source>
            <translation>sa cible semestrielle {half} dépasse sa cible {target}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="51" />
            <source>its half-year targets {first} + {second} do not add up to its target {target}</source>
            <translation>ses cibles semestrielles {first} + {second} ne totalisent pas sa cible {target}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/rows.py" line="68" />
            <source>{record}: it has the wrong number of values</source>
            <translation>{record} : il a un nombre de valeurs incorrect</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/rows.py" line="79" />
            <source>it appears twice</source>
            <translation>il apparaît deux fois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="72" />
            <source>{column} is missing</source>
            <translation>{column} manque</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="76" />
            <source>{column} {value} is not a whole number</source>
            <translation>{column} {value} n’est pas un nombre entier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="78" />
            <source>{column} {value} is not 0 or 1</source>
            <translation>{column} {value} n’est ni 0 ni 1</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="80" />
            <source>{column} {value} is not one of {choices}</source>
            <translation>{column} {value} n’est pas l’un de {choices}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="83" />
            <source>{column} {value} is not between {low} and {high}</source>
            <translation>{column} {value} n’est pas entre {low} et {high}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="88" />
            <source>{column} {value} is not a number</source>
            <translation>{column} {value} n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="94" />
            <source>{column} {value} is not text</source>
            <translation>{column} {value} n’est pas du texte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="97" />
            <source>{column} is {length} characters long; at most {limit} are allowed</source>
            <translation>{column} compte {length} caractères ; {limit} au plus sont permis</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="105" />
            <source>{column} {value} is not a list of texts</source>
            <translation>{column} {value} n’est pas une liste de textes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="114" />
            <source>{column} {value} is not an identifier (8-4-4-4-12 lowercase hexadecimal)</source>
            <translation>{column} {value} n’est pas un identifiant (8-4-4-4-12 hexadécimal en minuscules)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="119" />
            <source>{column} {value} is not a file checksum (64 lowercase hexadecimal characters)</source>
            <translation>{column} {value} n’est pas une somme de contrôle de fichier (64 caractères hexadécimaux en minuscules)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="124" />
            <source>{column} {value} is not a date</source>
            <translation>{column} {value} n’est pas une date</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="130" />
            <source>{column} {value} is outside the years {first} to {last}</source>
            <translation>{column} {value} est hors des années {first} à {last}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="135" />
            <source>{column} {value} is not a time stamp</source>
            <translation>{column} {value} n’est pas un horodatage</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="137" />
            <source>{column} {value} is later than this computer's clock allows</source>
            <translation>{column} {value} est plus tard que ne le permet l’horloge de cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="15" />
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="16" />
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="17" />
            <source>Training course</source>
            <translation>Cours de formation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="18" />
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="19" />
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="20" />
            <source>Conference</source>
            <translation>Conférence</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="21" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="22" />
            <source>Webinar</source>
            <translation>Webinaire</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="23" />
            <source>Technical assistance</source>
            <translation>Assistance technique</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="26" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="27" />
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="28" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="29" />
            <source>Postponed</source>
            <translation>Reporté</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="32" />
            <source>In person</source>
            <translation>Présentiel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="33" />
            <source>Virtual</source>
            <translation>Virtuel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="34" />
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
    </context>
    <context>
        <name>Work</name>
        <message>
            <location filename="../../cicte_desktop/views/tasks.py" line="220" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/tasks.py" line="237" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>WorkPlan</name>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="102" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="108" />
            <source>there is no work plan for {year} (work plans: {years})</source>
            <translation>il n’y a pas de plan de travail pour {year} (plans de travail : {years})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="119" />
            <source>the period {start} to {end} covers the work plans of {years}: figures are measured against one year's plan, so choose a period within one of these years</source>
            <translation>la période du {start} au {end} couvre les plans de travail de {years} : les chiffres se mesurent au plan d’une seule année, choisissez donc une période comprise dans l’une de ces années</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanTreeModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="243" />
            <source>Work plan</source>
            <translation>Plan de travail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="246" />
            <source>Work areas, programs, projects and planned activities of the approved work plan</source>
            <translation>Domaines d'action, programmes, projets et activités prévues du plan de travail approuvé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="247" />
            <source>The target as the work plan states it; for work areas, programs and projects, the sum of the numeric targets below them (of different units)</source>
            <translation>L'objectif tel qu'énoncé dans le plan de travail ; pour les domaines d'action, programmes et projets, la somme des objectifs chiffrés qui en relèvent (en unités diverses)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="249" />
            <source>Units of completed events counted toward the item (each event counts 1 unless set otherwise), under the current filters; for parents, everything below them, activities without a numeric target and surpluses included</source>
            <translation>Unités des événements terminés comptabilisées pour l'élément (chaque événement compte pour 1, sauf indication contraire), selon les filtres en cours ; pour les éléments parents, tout ce qui en relève, y compris les activités sans objectif chiffré et les excédents</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="252" />
            <source>The member state's share of the units achieved under the plan by every member state, under the same filters (a contribution, not progress against the hemisphere-wide target)</source>
            <translation>La part de l'État membre dans les unités réalisées au titre du plan par tous les États membres, avec les mêmes filtres (une contribution, non l'avancement par rapport à la cible hémisphérique)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="255" />
            <source>Share of the numeric targets met; each activity counts up to its own target, so a surplus in one does not hide a shortfall in another</source>
            <translation>Part des objectifs chiffrés atteinte ; chaque activité compte au plus jusqu'à son propre objectif, de sorte qu'un excédent dans l'une ne masque pas un déficit dans une autre</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="257" />
            <source>Events logged under the item, of any status, under the current filters</source>
            <translation>Événements consignés sous l'élément, quel que soit leur statut, selon les filtres en cours</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="304" />
            <source>Upon request</source>
            <translation>Sur demande</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="305" />
            <source>No target</source>
            <translation>Aucun objectif</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="322" />
            <source>{count} matching events</source>
            <translation>{count} événements correspondants</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Objectif</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Réalisé</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="vanished">Avancement</translation>
        </message>
        <message>
            <source>Events</source>
            <translation type="vanished">Événements</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="vanished">{percent} %</translation>
        </message>
        <message>
            <source>{toward} of {target} met ({percent}%); {achieved} in all</source>
            <translation type="vanished">{toward} sur {target} atteintes ({percent} %) ; {achieved} au total</translation>
        </message>
        <message numerus="yes">
            <source>%n target unit(s)</source>
            <translation type="vanished">
                <numerusform>%n unité de l'objectif</numerusform>
                <numerusform>%n unités de l'objectif</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved</source>
            <translation type="vanished">
                <numerusform>%n unité réalisée</numerusform>
                <numerusform>%n unités réalisées</numerusform>
            </translation>
        </message>
        <message>
            <source>No numeric target: see the events and achieved units</source>
            <translation type="vanished">Aucun objectif chiffré : voir les événements et les unités réalisées</translation>
        </message>
        <message>
            <source>{toward} of {target} target units met ({percent}%); {achieved} units achieved in all</source>
            <translation type="vanished">{toward} unités sur {target} de l'objectif atteintes ({percent} %) ; {achieved} unités réalisées au total</translation>
        </message>
    </context>
    <context>
        <name>WorkbooksController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="57" />
            <source>Wrote {path}: {events}.</source>
            <translation>{path} écrit : {events}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="58" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="60" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="63" />
            <source>Cannot export this period</source>
            <translation>Impossible d’exporter cette période</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="67" />
            <source>The export failed</source>
            <translation>L'exportation a échoué</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="67" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>{path} n'a pas pu être écrit ({detail}). Aucun fichier partiel n'a été laissé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="72" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="75" />
            <source>Cancelled: no file was written.</source>
            <translation>Annulé : aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="78" />
            <source>Import events from Excel</source>
            <translation>Importer des événements d'Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="79" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="108" />
            <source>Cannot import this file</source>
            <translation>Impossible d'importer ce fichier</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="111" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="112" />
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
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
                <numerusform>%n événement créé</numerusform>
                <numerusform>%n événements créés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="124" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifié</numerusform>
                <numerusform>%n modifiés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="132" />
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="136" />
            <source>Importing {name}…</source>
            <translation>Importation de {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="140" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importation annulée : rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="163" />
            <source>The work plan was not created</source>
            <translation>Le plan de travail n’a pas été créé</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="166" />
            <source>Started the {year} work plan from the {source} plan.</source>
            <translation>Le plan de travail {year} a été créé à partir du plan {source}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="196" />
            <source>Export Plan Workbook</source>
            <translation>Exporter le classeur du plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="196" />
            <source>Work plan {year}.xlsx</source>
            <translation>Plan de travail {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="212" />
            <source>Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then import it with Plan &gt; Import Plan Workbook….</source>
            <translation>{path} écrit : {items} du plan de travail {year}. Modifiez-le dans Excel (sa feuille Mode d'emploi explique comment), puis importez-le avec Plan &gt; Importer le classeur du plan….</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="215" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="228" />
            <source>Import Plan Workbook</source>
            <translation>Importer le classeur du plan</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="229" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
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
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="271" />
            <source>%n retired</source>
            <translation>
                <numerusform>%n retiré</numerusform>
                <numerusform>%n retirés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="272" />
            <source>Created the {year} work plan: {changes}</source>
            <translation>Plan de travail {year} créé : {changes}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="273" />
            <source>Changed the {year} work plan: {changes}</source>
            <translation>Plan de travail {year} modifié : {changes}</translation>
        </message>
    </context>
</TS>
