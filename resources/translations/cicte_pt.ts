<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
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
            <translation>Digite um código ou palavras do projeto ou da atividade para encontrá-la</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="170" />
            <source>Show the list of planned activities (Alt+Down)</source>
            <translation>Mostrar a lista de atividades previstas (Alt+Baixo)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="175" />
            <source>Show the whole plan</source>
            <translation>Mostrar todo o plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="287" />
            <source>Listing only the activities under {item}.</source>
            <translation>Listando apenas as atividades de {item}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/activity_picker.py" line="294" />
            <source>No planned activity matches “{text}”.</source>
            <translation>Nenhuma atividade prevista corresponde a “{text}”.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../cicte_desktop/app.py" line="99" />
            <source>Cannot connect to the server</source>
            <translation>Não foi possível conectar ao servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="103" />
            <source>Nothing was saved</source>
            <translation>Nada foi salvo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="106" />
            <source>(no log file: the data folder is not writable)</source>
            <translation>(sem arquivo de log: a pasta de dados não permite gravação)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="109" />
            <source>Unexpected error</source>
            <translation>Erro inesperado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/app.py" line="110" />
            <source>Something went wrong: {error}

Your saved data is safe. The details were written to {log}; please send that file to support. You can keep working.</source>
            <translation>Ocorreu um problema: {error}

Seus dados salvos estão seguros. Os detalhes foram gravados em {log}; envie esse arquivo ao suporte. Você pode continuar trabalhando.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="vanished">Backup restaurado</translation>
        </message>
        <message>
            <source>The file that could not be opened was kept as {aside}. The backup of {when} is now open in its place.</source>
            <translation type="vanished">O arquivo que não pôde ser aberto foi mantido como {aside}. O backup de {when} está aberto em seu lugar.</translation>
        </message>
        <message>
            <source>{path} was left as it is. The backup of {when} is open from {target}; open that file again next time (File &gt; Open Database).</source>
            <translation type="vanished">{path} foi mantido como estava. O backup de {when} foi aberto a partir de {target}; da próxima vez, abra esse arquivo (Arquivo &gt; Abrir banco de dados).</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation type="vanished">Abrir banco de dados</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation type="vanished">Bancos de dados do CICTE (*.sqlite *.db);;Todos os arquivos (*)</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="129" />
            <source>{name} has no worksheet.</source>
            <translation>{name} não contém nenhuma planilha.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="134" />
            <source>{name} was refused: its first sheet has more than {count} rows, far more than an attendance list.</source>
            <translation>{name} foi recusado: sua primeira planilha tem mais de {count} linhas, muito mais que uma lista de presença.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="148" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>Não foi possível ler {name} como pasta de trabalho do Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="179" />
            <source>No column of {name} is headed with a name (Name, Nombre...) in its first rows: is it an attendance list?</source>
            <translation>Nenhuma coluna de {name} tem cabeçalho de nome (Nome, Name, Nombre...) nas primeiras linhas: é uma lista de presença?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="315" />
            <source>blank row</source>
            <translation>linha vazia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="319" />
            <source>subtotal row</source>
            <translation>linha de subtotal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="321" />
            <source>total row</source>
            <translation>linha de total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="323" />
            <source>only a number, no person</source>
            <translation>só um número, nenhuma pessoa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="326" />
            <source>heading or note, not a person</source>
            <translation>título ou nota, não uma pessoa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="341" />
            <source>title above the column headings</source>
            <translation>título acima dos cabeçalhos das colunas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="343" />
            <source>column headings</source>
            <translation>cabeçalhos das colunas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="377" />
            <source>no name</source>
            <translation>sem nome</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="383" />
            <source>“{name}” starts with “{sign}”, like a spreadsheet formula: skipped unless you keep it</source>
            <translation>“{name}” começa com “{sign}”, como uma fórmula de planilha: ignorado a menos que você o mantenha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="386" />
            <source>“{name}” starts with “{sign}”, like a spreadsheet formula: kept as text</source>
            <translation>“{name}” começa com “{sign}”, como uma fórmula de planilha: mantido como texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="393" />
            <source>“{name}” holds a control character: skipped unless you keep it</source>
            <translation>“{name}” contém um caractere de controle: ignorado a menos que você o mantenha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="396" />
            <source>“{name}” held a control character: kept without it</source>
            <translation>“{name}” continha um caractere de controle: mantido sem ele</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="400" />
            <source>{name} is already on the roster</source>
            <translation>{name} já está na lista nominal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="402" />
            <source>{name} is listed twice in the sheet (also row {row})</source>
            <translation>{name} aparece duas vezes na planilha (também na linha {row})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="409" />
            <source>sex blank: imported as not recorded</source>
            <translation>sexo vazio: importado como não registrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="411" />
            <source>sex “{value}” not understood: imported as not recorded</source>
            <translation>sexo “{value}” não reconhecido: importado como não registrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/attendance.py" line="417" />
            <source>country “{value}” is not a member state: kept as typed</source>
            <translation>o país “{value}” não é um Estado membro: mantido como digitado</translation>
        </message>
        <message>
            <source>sex “{value}” not understood (use F/M, Mujer/Hombre...)</source>
            <translation type="vanished">sexo “{value}” não reconhecido (use F/M, Mulher/Homem...)</translation>
        </message>
    </context>
    <context>
        <name>AttendanceImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="130" />
            <source>Import attendance sheet — {name}</source>
            <translation>Importar lista de presença — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="136" />
            <source>Institution</source>
            <translation>Instituição</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="138" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="140" />
            <source>Columns of the sheet (headings in row {row})</source>
            <translation>Colunas da planilha (cabeçalhos na linha {row})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="147" />
            <source>(not in the sheet)</source>
            <translation>(não consta da planilha)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="150" />
            <source>Column {number}</source>
            <translation>Coluna {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="165" />
            <source>Rows of the sheet</source>
            <translation>Linhas da planilha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="184" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Decision</source>
            <translation>Decisão</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="210" />
            <source>Keep</source>
            <translation>Manter</translation>
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
            <translation>não registrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="222" />
            <source>Skip</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="225" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="229" />
            <source>{problem}: {text}</source>
            <translation>{problem}: {text}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="237" />
            <source>In the sheet: {value}</source>
            <translation>Na planilha: {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="251" />
            <source>Keep this name as text</source>
            <translation>Manter este nome como texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/attendance_import.py" line="271" />
            <source>{good} ({warned}); {skipped}. Nothing is saved until you save the event.</source>
            <translation>{good} ({warned}); {skipped}. Nada é salvo até que você salve o evento.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="272" />
            <source>%n person(people) will be added to the roster</source>
            <translation>
                <numerusform>%n pessoa será adicionada à lista nominal</numerusform>
                <numerusform>%n pessoas serão adicionadas à lista nominal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="273" />
            <source>%n with something to check</source>
            <translation>
                <numerusform>%n com algo a verificar</numerusform>
                <numerusform>%n com algo a verificar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/attendance_import.py" line="274" />
            <source>%n row(s) of the sheet will be skipped, each with why</source>
            <translation>
                <numerusform>%n linha da planilha será ignorada, com o motivo</numerusform>
                <numerusform>%n linhas da planilha serão ignoradas, cada uma com o motivo</numerusform>
            </translation>
        </message>
        <message>
            <source>To add to the roster: {good} (with something to check: {warned}). Rows of the sheet skipped, each with why: {skipped}. Nothing is saved until you save the event.</source>
            <translation type="vanished">A adicionar à lista: {good} (com algo a verificar: {warned}). Linhas da planilha ignoradas, cada uma com o motivo: {skipped}. Nada é salvo até você salvar o evento.</translation>
        </message>
        <message>
            <source>Columns of the sheet</source>
            <translation type="vanished">Colunas da planilha</translation>
        </message>
        <message>
            <source>{good} people will be added to the roster; {skipped} rows with problems will be skipped. Nothing is saved until you save the event.</source>
            <translation type="vanished">{good} pessoas serão adicionadas à lista nominal; {skipped} linhas com problemas serão ignoradas. Nada é salvo até que você salve o evento.</translation>
        </message>
        <message>
            <source>{good}; {skipped}. Nothing is saved until you save the event.</source>
            <translation type="vanished">{good}; {skipped}. Nada é salvo até que você salve o evento.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with problems will be skipped</source>
            <translation type="vanished">
                <numerusform>%n linha com problemas será ignorada</numerusform>
                <numerusform>%n linhas com problemas serão ignoradas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="73" />
            <source>{target} is the database being copied: a backup cannot be written over the database itself. Choose another file.</source>
            <translation>{target} é o banco de dados que está sendo copiado: um backup não pode ser gravado sobre o próprio banco de dados. Escolha outro arquivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="78" />
            <source>The copy to {target} could not be written ({detail}). Nothing was changed; check that the disk or USB stick has room and is still connected.</source>
            <translation>Não foi possível gravar a cópia em {target} ({detail}). Nada foi alterado; verifique se o disco ou pen drive tem espaço livre e continua conectado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="84" />
            <source>Another program is using {path} and did not let go of it within {seconds} seconds, so nothing was copied or changed. Close the other program and try again.</source>
            <translation>Outro programa está usando {path} e não o liberou em {seconds} segundos; por isso nada foi copiado nem alterado. Feche o outro programa e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="112" />
            <source>{path} is not a file.</source>
            <translation>{path} não é um arquivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="116" />
            <source>{path} is an empty database, not a backup.</source>
            <translation>{path} é um banco de dados vazio, não um backup.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="257" />
            <source>{backup} is the database itself: choose a backup file to restore.</source>
            <translation>{backup} é o próprio banco de dados: escolha um arquivo de backup para restaurar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="260" />
            <source>{problem} Restoring would replace it, so nothing was changed.</source>
            <translation>{problem} A restauração o substituiria; por isso nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="281" />
            <source>{problem} The database is as it was.</source>
            <translation>{problem} O banco de dados ficou como estava.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="283" />
            <source>{path} could not be restored ({detail}); it is as it was.</source>
            <translation>Não foi possível restaurar {path} ({detail}); ele permanece como estava.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="301" />
            <source>{path} could not be kept before restoring ({detail}); nothing was changed.</source>
            <translation>Não foi possível guardar {path} antes de restaurar ({detail}); nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="348" />
            <source>Integrity: ok</source>
            <translation>Integridade: ok</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="351" />
            <source>Integrity: %n problem(s)</source>
            <translation>
                <numerusform>Integridade: %n problema</numerusform>
                <numerusform>Integridade: %n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/backup.py" line="356" />
            <source>References: %n row(s) point to missing rows</source>
            <translation>
                <numerusform>Referências: %n linha aponta para linhas ausentes</numerusform>
                <numerusform>Referências: %n linhas apontam para linhas ausentes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="359" />
            <source>References: ok</source>
            <translation>Referências: ok</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/backup.py" line="360" />
            <source>Schema revision: {revision}</source>
            <translation>Revisão do esquema: {revision}</translation>
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
            <translation>Integridade: o arquivo está danificado ({detail})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="101" />
            <source>The table {table} is not the same on the server as in the file, so nothing was copied; both must be at the same version of CICTE Desktop (run upgrade).</source>
            <translation>A tabela {table} não é a mesma no servidor e no arquivo, por isso nada foi copiado; ambos devem estar na mesma versão do CICTE Desktop (execute upgrade).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="210" />
            <source>Nothing was written.</source>
            <translation>Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="225" />
            <source>Other work on {name} (program managers saving, or the server's maintenance) went on the whole time, so it could not be done. {outcome} Try again in a moment.</source>
            <translation>Houve outro trabalho em {name} (gerentes de programa salvando, ou a manutenção do servidor) durante todo esse tempo, por isso não foi possível fazê-lo. {outcome} Tente novamente em instantes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="229" />
            <source>The server refused it ({detail}). {outcome}</source>
            <translation>O servidor recusou ({detail}). {outcome}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="252" />
            <source>{backup} could not be copied to bring it to this version ({detail}), so nothing was restored.</source>
            <translation>Não foi possível copiar {backup} para trazê-lo a esta versão ({detail}), por isso nada foi restaurado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="272" />
            <source>The database {name} is not ready for this version of CICTE Desktop, so nothing was restored: run cicte-desktop --db {url} upgrade first.</source>
            <translation>O banco de dados {name} não está pronto para esta versão do CICTE Desktop, por isso nada foi restaurado: execute primeiro cicte-desktop --db {url} upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="315" />
            <source>Nothing was restored: the database is as it was.</source>
            <translation>Nada foi restaurado: o banco de dados está como estava.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="317" />
            <source>Whether the restore took effect is not known; the database as it was is kept in {kept}.</source>
            <translation>Não se sabe se a restauração teve efeito; o banco de dados como estava está guardado em {kept}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="324" />
            <source>{backup} could not be read ({detail}). {outcome}</source>
            <translation>Não foi possível ler {backup} ({detail}). {outcome}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="369" />
            <source>The server lets only the owner of the database's tables restore it (the role that ran upgrade), so nothing was restored. Ask the database administrator.</source>
            <translation>O servidor só permite a restauração ao proprietário das tabelas do banco de dados (a função que executou upgrade), por isso nada foi restaurado. Consulte o administrador do banco de dados.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_backup.py" line="410" />
            <source>{backup} has %n row(s) that point to missing rows, which the server does not take, so nothing was restored. Restore it onto a laptop instead, where the check of the database says which.</source>
            <translation>
                <numerusform>{backup} tem %n linha que remete a linhas inexistentes, o que o servidor não aceita, por isso nada foi restaurado. Restaure-o em um notebook, onde a verificação do banco de dados indica qual.</numerusform>
                <numerusform>{backup} tem %n linhas que remetem a linhas inexistentes, o que o servidor não aceita, por isso nada foi restaurado. Restaure-o em um notebook, onde a verificação do banco de dados indica quais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="414" />
            <source>{backup} is a backup of a laptop ({device}): restored here, headquarters' database would become that laptop's, its identity and role with it, so nothing was restored. Bring the laptop's work in with its field package instead; to replace headquarters' database all the same, run cicte-desktop --db URL restore FILE --force.</source>
            <translation>{backup} é um backup de um notebook ({device}): restaurado aqui, o banco de dados da sede passaria a ser o desse notebook, com sua identidade e função, por isso nada foi restaurado. Traga o trabalho do notebook com o pacote de campo dele; para substituir mesmo assim o banco de dados da sede, execute cicte-desktop --db URL restore FILE --force.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_backup.py" line="462" />
            <source>The server took {found} rows of {table} where the backup holds {expected}, so nothing was restored.</source>
            <translation>O servidor recebeu {found} linhas de {table} quando o backup contém {expected}, por isso nada foi restaurado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="68" />
            <source>Server: PostgreSQL {version}</source>
            <translation>Servidor: PostgreSQL {version}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="73" />
            <source>Schema: none. This is not a CICTE Desktop database yet: run upgrade.</source>
            <translation>Esquema: nenhum. Ainda não é um banco de dados do CICTE Desktop: execute upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="76" />
            <source>Schema revision: {revision}, of a newer version of CICTE Desktop: install it to check this database.</source>
            <translation>Revisão do esquema: {revision}, de uma versão mais recente do CICTE Desktop: instale-a para verificar este banco de dados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="81" />
            <source>Schema revision: {revision}; this version needs {head}: run upgrade.</source>
            <translation>Revisão do esquema: {revision}; esta versão precisa da {head}: execute upgrade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="96" />
            <source>The check did not finish.</source>
            <translation>A verificação não terminou.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="124" />
            <source>  The server does not check some references: their triggers are disabled.</source>
            <translation>  O servidor não verifica algumas referências: seus gatilhos estão desativados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="139" />
            <source>Change log and search triggers: ok</source>
            <translation>Gatilhos do registro de alterações e da pesquisa: corretos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="142" />
            <source>Change log and search triggers: missing: {names}</source>
            <translation>Gatilhos do registro de alterações e da pesquisa: faltam {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="144" />
            <source>Change log and search triggers: disabled: {names}</source>
            <translation>Gatilhos do registro de alterações e da pesquisa: desativados {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="155" />
            <source>Indexes: ok</source>
            <translation>Índices: corretos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="156" />
            <source>Indexes: unusable: {names}</source>
            <translation>Índices: inutilizáveis {names}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="175" />
            <source>Search index: ok</source>
            <translation>Índice de pesquisa: correto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/server_check.py" line="176" />
            <source>Search index: %n record(s) missing or out of date: searches do not find them as they are</source>
            <translation>
                <numerusform>Índice de pesquisa: %n registro ausente ou desatualizado: as pesquisas não o encontram como ele é</numerusform>
                <numerusform>Índice de pesquisa: %n registros ausentes ou desatualizados: as pesquisas não os encontram como eles são</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="189" />
            <source>Sort order: {collation}, as on the laptops</source>
            <translation>Ordem de classificação: {collation}, como nos notebooks</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/server_check.py" line="190" />
            <source>Sort order: {collation}; lists would not come out in the laptops' order</source>
            <translation>Ordem de classificação: {collation}; as listas não sairiam na ordem dos notebooks</translation>
        </message>
        <message>
            <source>Other program managers were saving on {name} the whole time, so it could not be done. {outcome} Try again in a moment.</source>
            <translation type="vanished">Outros gerentes de programa estiveram salvando em {name} o tempo todo, por isso não foi possível fazê-lo. {outcome} Tente novamente em instantes.</translation>
        </message>
        <message numerus="yes">
            <source>The server database has %n row(s) that point to missing rows, so no backup was written; the check of the database says which.</source>
            <translation type="vanished">
                <numerusform>O banco de dados do servidor tem %n linha que remete a linhas inexistentes, por isso nenhum backup foi gravado; a verificação do banco de dados indica qual.</numerusform>
                <numerusform>O banco de dados do servidor tem %n linhas que remetem a linhas inexistentes, por isso nenhum backup foi gravado; a verificação do banco de dados indica quais.</numerusform>
            </translation>
        </message>
        <message>
            <source>Another program manager is saving on {name} and was not done within {seconds} seconds, so nothing was restored. Try again in a moment.</source>
            <translation type="vanished">Outro gerente de programa está salvando em {name} e não terminou em {seconds} segundos, por isso nada foi restaurado. Tente novamente em instantes.</translation>
        </message>
        <message>
            <source>Integrity: {count} problems</source>
            <translation type="vanished">Integridade: {count} problemas</translation>
        </message>
        <message>
            <source>References: {count} rows point to missing rows</source>
            <translation type="vanished">Referências: {count} linhas apontam para linhas ausentes</translation>
        </message>
    </context>
    <context>
        <name>BrowseController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="90" />
            <source>{path} is on read-only media: you can view it, check it and export from it, but changes cannot be saved. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} está em uma mídia somente leitura: você pode consultá-lo, verificá-lo e exportar a partir dele, mas as alterações não podem ser salvas. Para fazer alterações, copie-o para uma pasta em que você possa gravar e abra a cópia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="103" />
            <source>{year} Work Plan</source>
            <translation>Plano de Trabalho {year}</translation>
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
                <numerusform>%n área de trabalho</numerusform>
                <numerusform>%n áreas de trabalho</numerusform>
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
                <numerusform>%n projeto</numerusform>
                <numerusform>%n projetos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="127" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n atividade prevista</numerusform>
                <numerusform>%n atividades previstas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="166" />
            <source>No plan items or events match “{text}”.</source>
            <translation>Nenhum item do plano nem evento corresponde a “{text}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="167" />
            <source>The search finds words that start with what you type in the plan, in the events' titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).</source>
            <translation>A pesquisa encontra palavras que começam pelo que você digita no plano, nos títulos, locais, instrutores e notas dos eventos, e os Estados membros por nome ou código (Jamaica, JAM).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="170" />
            <source>Only events under the current filters are searched: Reset Filters (Ctrl+Shift+R) searches them all.</source>
            <translation>Só são pesquisados os eventos dentro dos filtros atuais: Redefinir filtros (Ctrl+Shift+R) pesquisa todos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="173" />
            <source>No plan items match “{text}”.</source>
            <translation>Nenhum item do plano corresponde a “{text}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="174" />
            <source>Type at least {count} letters to search the events too.</source>
            <translation>Digite pelo menos {count} letras para pesquisar também nos eventos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Work area</source>
            <translation>Área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="342" />
            <source>Project</source>
            <translation>Projeto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="343" />
            <source>Planned activity</source>
            <translation>Atividade prevista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="346" />
            <source>Upon request</source>
            <translation>Mediante solicitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="347" />
            <source>no numeric target</source>
            <translation>sem meta numérica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="369" />
            <source>No events under this item match “{text}”.</source>
            <translation>Nenhum evento deste item corresponde a “{text}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="371" />
            <source>No events under this item match the filters. Widen the dates or choose Reset Filters (Ctrl+Shift+R).</source>
            <translation>Nenhum evento deste item corresponde aos filtros. Amplie o intervalo de datas ou escolha Redefinir filtros (Ctrl+Shift+R).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/browse.py" line="374" />
            <source>No events logged under this {kind} in {year} yet — press Ctrl+N to log one.</source>
            <translation>Ainda não há eventos de {year} registrados neste item ({kind}) — pressione Ctrl+N para registrar um.</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="297" />
            <source>Show as table</source>
            <translation>Ver como tabela</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="301" />
            <source>Save as PNG…</source>
            <translation>Salvar como PNG…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="303" />
            <source>Save as SVG…</source>
            <translation>Salvar como SVG…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="307" />
            <source>Save…</source>
            <translation>Salvar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="308" />
            <source>Save this chart as a PNG or SVG image</source>
            <translation>Salvar este gráfico como imagem PNG ou SVG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="362" />
            <source>Show as chart</source>
            <translation>Ver como gráfico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="410" />
            <source>The image could not be written.</source>
            <translation>Não foi possível gravar a imagem.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="431" />
            <source>Save chart as PNG</source>
            <translation>Salvar o gráfico como PNG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="431" />
            <source>PNG images (*.png)</source>
            <translation>Imagens PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="433" />
            <source>Save chart as SVG</source>
            <translation>Salvar o gráfico como SVG</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="433" />
            <source>SVG images (*.svg)</source>
            <translation>Imagens SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/charts/chart_view.py" line="442" />
            <source>The chart was not saved</source>
            <translation>O gráfico não foi salvo</translation>
        </message>
    </context>
    <context>
        <name>ColumnFit</name>
        <message>
            <location filename="../../cicte_desktop/views/header_fit.py" line="50" />
            <source>Fit Columns to Width</source>
            <translation>Ajustar colunas à largura</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="25" />
            <source>{path}: saved {when} on {device}; {events}, {people} (schema {revision})</source>
            <translation>{path}: salvo em {when} no dispositivo {device}; {events}, {people} (esquema {revision})</translation>
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
            <translation>{path} não existe; não há nada para verificar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="59" />
            <source>cicte-desktop: error: {message}</source>
            <translation>cicte-desktop: erro: {message}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="60" />
            <source>To replace it anyway (it is kept in the backups folder first), add --force.</source>
            <translation>Para substituí-lo mesmo assim (antes ele é guardado na pasta de backups), acrescente --force.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/backup.py" line="62" />
            <source>Restored into {path}; the database as it was is kept in {kept}.</source>
            <translation>Restaurado em {path}; o banco de dados anterior foi mantido em {kept}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/backup.py" line="98" />
            <source>Note: %n row(s) of the database point to records that are missing; check tells which.</source>
            <translation>
                <numerusform>Nota: %n linha do banco de dados remete a registros inexistentes; check indica qual.</numerusform>
                <numerusform>Nota: %n linhas do banco de dados remetem a registros inexistentes; check indica quais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="40" />
            <source>cicte-desktop: error: {problem}</source>
            <translation>cicte-desktop: erro: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="66" />
            <source>cicte-desktop: error: there is no work plan for {year}</source>
            <translation>cicte-desktop: erro: não há Plano de Trabalho para {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="73" />
            <source>cicte-desktop: error: an unexpected problem stopped the command ({detail}); the log in the data folder has the details.</source>
            <translation>cicte-desktop: erro: um problema inesperado interrompeu o comando ({detail}); o registro na pasta de dados tem os detalhes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="85" />
            <source>--to needs --from</source>
            <translation>--to requer --from</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="94" />
            <source>the period ends before it starts</source>
            <translation>o período termina antes de começar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="105" />
            <source>cicte-desktop: error: there is no member state with the code {code} (use ISO codes such as JAM or TTO)</source>
            <translation>cicte-desktop: erro: não há nenhum Estado membro com o código {code} (use códigos ISO como JAM ou TTO)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/common.py" line="112" />
            <source>cicte-desktop: error: the work plan for {year} has no work area {number} (it has {numbers})</source>
            <translation>cicte-desktop: erro: o plano de trabalho de {year} não tem a área de trabalho {number} (tem {numbers})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/demo.py" line="32" />
            <source>Added the {year} work plan, carried over from the year before with a few targets changed.</source>
            <translation>Foi adicionado o plano de trabalho {year}, transferido do ano anterior com algumas metas alteradas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/demo.py" line="35" />
            <source>No work plans were added for later years: only headquarters makes work plans (cicte-desktop device role headquarters). Events of later years count toward the latest plan before them.</source>
            <translation>Nenhum plano de trabalho foi adicionado para os anos seguintes: só a sede cria planos de trabalho (cicte-desktop device role headquarters). Os eventos dos anos seguintes contam para o último plano anterior.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/demo.py" line="38" />
            <source>Added %n demo event(s) to {path} in {seconds:.1f} s.</source>
            <translation>
                <numerusform>%n evento de demonstração adicionado a {path} em {seconds:.1f} s.</numerusform>
                <numerusform>%n eventos de demonstração adicionados a {path} em {seconds:.1f} s.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="41" />
            <source>Wrote {path}: {events}{people}.</source>
            <translation>{path} gravado: {events}{people}.</translation>
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
                <numerusform>%n novo</numerusform>
                <numerusform>%n novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="60" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n alterado</numerusform>
                <numerusform>%n alterados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="61" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sem alteração</numerusform>
                <numerusform>%n sem alteração</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="62" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n com problemas</numerusform>
                <numerusform>%n com problemas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="65" />
            <source>  row {row}: {problems}</source>
            <translation>  linha {row}: {problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="67" />
            <source>Nothing was imported.</source>
            <translation>Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="70" />
            <source>Nothing to import: every event of the workbook is here already, as it is there.</source>
            <translation>Nada a importar: todos os eventos da pasta de trabalho já estão aqui, tal como estão lá.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="71" />
            <source>Nothing to import: the workbook's Events sheet lists no events.</source>
            <translation>Nada a importar: a planilha Eventos da pasta de trabalho não contém eventos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>Imported: {created}, {changed}.</source>
            <translation>Importação concluída: {created}, {changed}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/excel.py" line="80" />
            <source>%n event(s) created</source>
            <translation>
                <numerusform>%n evento criado</numerusform>
                <numerusform>%n eventos criados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="101" />
            <source>{name}: headings in row {row}; to import: {good}, to skip: {skipped}</source>
            <translation>{name}: cabeçalhos na linha {row}; a importar: {good}, a ignorar: {skipped}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="104" />
            <source>  column {column} “{header}”: {field}</source>
            <translation>  coluna {column} “{header}”: {field}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="106" />
            <source>import</source>
            <translation>importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="106" />
            <source>skip</source>
            <translation>ignorar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/excel.py" line="108" />
            <source>  row {row}: {decision}{who}{problems}</source>
            <translation>  linha {row}: {decision}{who}{problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/main.py" line="86" />
            <source>cicte-desktop: error: argument --lang: invalid choice: {value!r} (choose from en, es, fr, pt)</source>
            <translation>cicte-desktop: erro: argumento --lang: opção inválida: {value!r} (escolha entre en, es, fr, pt)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/main.py" line="142" />
            <source>cicte-desktop: interrupted.</source>
            <translation>cicte-desktop: interrompido.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="38" />
            <source>{problem} Give one with --passphrase-file, or write it unprotected with --no-passphrase.</source>
            <translation>{problem} Indique uma com --passphrase-file, ou grave-o sem proteção com --no-passphrase.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="40" />
            <source>Wrote {path} for {destination}: {events}, {records}, {files}{protected}.</source>
            <translation>{path} gravado para {destination}: {events}, {records}, {files}{protected}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n record(s) in all</source>
            <translation>
                <numerusform>%n registro no total</numerusform>
                <numerusform>%n registros no total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n arquivo</numerusform>
                <numerusform>%n arquivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="42" />
            <source>, protected with a passphrase</source>
            <translation>, protegido com frase secreta</translation>
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
                <numerusform>%n atualizado</numerusform>
                <numerusform>%n atualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="58" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n excluído</numerusform>
                <numerusform>%n excluídos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="60" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflito</numerusform>
                <numerusform>%n conflitos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="62" />
            <source>keeps this database's version</source>
            <translation>mantém a versão deste banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="62" />
            <source>takes the package's version</source>
            <translation>adota a versão do pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="64" />
            <source>  conflict: {kind} “{label}” ({fields}): {kept}, the newer one</source>
            <translation>  conflito: {kind} “{label}” ({fields}): {kept}, a mais recente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="68" />
            <source>only headquarters may change it</source>
            <translation>só a sede pode alterá-lo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="69" />
            <source>its reporting period is locked</source>
            <translation>seu período de relatório está bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="70" />
            <source>  refused: {kind} “{label}” ({why})</source>
            <translation>  recusado: {kind} “{label}” ({why})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="72" />
            <source>This package was imported before, on {when}.</source>
            <translation>Este pacote já foi importado em {when}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="80" />
            <source>Dry run: nothing was written.</source>
            <translation>Simulação: nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="83" />
            <source>Imported: {new}, {updated}, {deleted}, {conflicts}, {files}.</source>
            <translation>Importação concluída: {new}, {updated}, {deleted}, {conflicts}, {files}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflito resolvido</numerusform>
                <numerusform>%n conflitos resolvidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/packages.py" line="86" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n arquivo armazenado</numerusform>
                <numerusform>%n arquivos armazenados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="98" />
            <source>{name} is {role}; its fingerprint is {fingerprint}.</source>
            <translation>{name} é {role}; sua impressão digital é {fingerprint}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/packages.py" line="112" />
            <source>Give it with --passphrase-file.</source>
            <translation>Informe-a com --passphrase-file.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="29" />
            <source>{value!r} is not a whole number</source>
            <translation>{value!r} não é um número inteiro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="31" />
            <source>must be at least 1, not {value}</source>
            <translation>deve ser no mínimo 1, não {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="42" />
            <source>at most {limit} at a time, not {value}</source>
            <translation>no máximo {limit} de cada vez, não {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="53" />
            <source>{value!r} is not a year like 2016</source>
            <translation>{value!r} não é um ano como 2016</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="60" />
            <source>the database path is empty</source>
            <translation>o caminho do banco de dados está vazio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="70" />
            <source>{path} is a device or a pipe, not a file</source>
            <translation>{path} é um dispositivo ou um pipe, não um arquivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="91" />
            <source>the file name is empty</source>
            <translation>o nome do arquivo está vazio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="109" />
            <source>{value!r} is not the name of a device</source>
            <translation>{value!r} não é o nome de um dispositivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="111" />
            <source>a device's name has at most {count} characters</source>
            <translation>o nome de um dispositivo tem no máximo {count} caracteres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="119" />
            <source>{value!r} is not a date like 2016-07-31</source>
            <translation>{value!r} não é uma data no formato 2016-07-31</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="125" />
            <source>{value!r} is not a half year like 2016-H1</source>
            <translation>{value!r} não é um semestre no formato 2016-H1</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="136" />
            <source>a whole year</source>
            <translation>um ano inteiro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="138" />
            <source>a half year: 2016-H1 is January-June, 2016-H2 July-December</source>
            <translation>um semestre: 2016-H1 é janeiro a junho, 2016-H2 é julho a dezembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="139" />
            <source>first day (YYYY-MM-DD)</source>
            <translation>primeiro dia (AAAA-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="140" />
            <source>last day, with --from</source>
            <translation>último dia, com --from</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="147" />
            <source>{prog}: error: {problem} (see {prog} --help)</source>
            <translation>{prog}: erro: {problem} (veja {prog} --help)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="154" />
            <source>Plan, log and report the capacity-building work of the CICTE Secretariat. Without a command, opens the main window.</source>
            <translation>Planejar, registrar e relatar o trabalho de capacitação da Secretaria do CICTE. Sem um comando, abre a janela principal.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="159" />
            <source>check this installation on a temporary database (seed, event, exports, window) and print one line per step; exit 0 when all pass</source>
            <translation>verificar esta instalação em um banco de dados temporário (criação, evento, exportações, janela) e exibir uma linha por etapa; código de saída 0 se todas forem aprovadas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="162" />
            <source>language of the window, messages, exports and reports (default: the one chosen in Preferences, or the system's)</source>
            <translation>idioma da janela, das mensagens, das exportações e dos relatórios (padrão: o escolhido em Preferências ou o do sistema)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="165" />
            <source>database file to open (created and seeded with the 2016 Work Plan if missing), or a headquarters database on a PostgreSQL server, postgresql://user@host/name (the password from .pgpass or PGPASSWORD); default: cicte.sqlite in the per-user data folder</source>
            <translation>arquivo de banco de dados a abrir (se não existir, é criado com o Plano de Trabalho 2016), ou um banco de dados da sede em um servidor PostgreSQL, postgresql://user@host/name (a senha vem de .pgpass ou PGPASSWORD); padrão: cicte.sqlite na pasta de dados do usuário</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="170" />
            <source>print the work plan</source>
            <translation>exibir o Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="171" />
            <source>print JSON for scripts instead of an outline</source>
            <translation>exibir JSON para scripts em vez de um esquema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="172" />
            <source>work plan year (default: the latest)</source>
            <translation>ano do Plano de Trabalho (padrão: o mais recente)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="174" />
            <source>with --json: add each item's target, achieved, counted, progress, state and events</source>
            <translation>com --json: acrescenta a cada item meta, alcançado, computado, progresso, estado e eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="176" />
            <source>with --figures: that member state's contribution</source>
            <translation>com --figures: a contribuição desse Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="178" />
            <source>with --figures: first day (default: the plan's year)</source>
            <translation>com --figures: primeiro dia (padrão: o ano do plano)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="179" />
            <source>with --figures: last day</source>
            <translation>com --figures: último dia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="181" />
            <source>start a year's work plan from an earlier one (every item carried over, editable)</source>
            <translation>iniciar o plano de trabalho de um ano a partir de um anterior (cada item transferido, editável)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="183" />
            <source>the new plan's year</source>
            <translation>o ano do novo plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="185" />
            <source>the year of the plan to start from</source>
            <translation>o ano do plano de partida</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="186" />
            <source>write a year's plan workbook (.xlsx), one row per item, to edit in Excel and import back</source>
            <translation>escreve a pasta de trabalho do plano de um ano (.xlsx), uma linha por item, para editar no Excel e importar de volta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="188" />
            <source>the plan's year</source>
            <translation>o ano do plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="189" />
            <source>the workbook to write (.xlsx)</source>
            <translation>a pasta de trabalho a gravar (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="190" />
            <source>preview a plan workbook's changes to its year's plan (or the plan it creates), then make them</source>
            <translation>mostra as alterações de uma pasta de trabalho do plano ao plano do seu ano (ou o plano que cria) e depois as faz</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="192" />
            <source>the plan workbook (.xlsx)</source>
            <translation>a pasta de trabalho do plano (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="193" />
            <source>show what would change; write nothing</source>
            <translation>mostra o que mudaria; não grava nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="194" />
            <source>why the plan changes (required unless --dry-run); kept in the plan's history with every change</source>
            <translation>por que o plano muda (obrigatório, exceto com --dry-run); guardado no histórico do plano com cada alteração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="196" />
            <source>create or upgrade the database's schema and seed the 2016 Work Plan, then exit (for a PostgreSQL server: run once after installing a new version)</source>
            <translation>criar ou atualizar o esquema do banco de dados e preenchê-lo com o Plano de Trabalho 2016, depois sair (para um servidor PostgreSQL: execute uma vez após instalar uma nova versão)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="198" />
            <source>run the full integrity checks and print a report (exit 1 on problems)</source>
            <translation>executar todas as verificações de integridade e exibir um relatório (código de saída 1 se houver problemas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="199" />
            <source>write a consistent copy of the database</source>
            <translation>gravar uma cópia consistente do banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="200" />
            <source>where to write the copy</source>
            <translation>onde gravar a cópia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="201" />
            <source>replace the database with a backup (the current one is kept as a backup first)</source>
            <translation>substituir o banco de dados por um backup (antes, é feito um backup do atual)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="203" />
            <source>the backup to restore</source>
            <translation>o backup a restaurar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="205" />
            <source>replace the file even when it is not a CICTE Desktop database (it is kept in the backups folder first); on a headquarters server, take a laptop's backup</source>
            <translation>substituir o arquivo mesmo que não seja um banco de dados do CICTE Desktop (antes ele é guardado na pasta de backups); em um servidor da sede, aceitar o backup de um notebook</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="207" />
            <source>write a report file</source>
            <translation>gravar um arquivo de relatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="209" />
            <source>the Excel workbook for member-state reporting</source>
            <translation>a pasta de trabalho Excel para relatórios por Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="212" />
            <source>only this member state</source>
            <translation>apenas este Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="213" />
            <source>only this work area (its number)</source>
            <translation>apenas esta área de trabalho (seu número)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="215" />
            <source>include the participants' names and contacts (personal data)</source>
            <translation>incluir nomes e contatos dos participantes (dados pessoais)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="216" />
            <source>a PDF report: the semi-annual implementation report, a member-state report, or certificates of participation</source>
            <translation>um relatório em PDF: o relatório semestral de execução, um relatório por Estado membro ou certificados de participação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="219" />
            <source>which report</source>
            <translation>qual relatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="220" />
            <source>the PDF to write</source>
            <translation>o PDF a gravar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="223" />
            <source>the member state of a member-state report</source>
            <translation>o Estado membro de um relatório por Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="224" />
            <source>the event whose participants get certificates</source>
            <translation>o evento cujos participantes receberão certificados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="225" />
            <source>read a file into the database</source>
            <translation>ler um arquivo para o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="227" />
            <source>an Events sheet exported by CICTE Desktop (and edited)</source>
            <translation>uma planilha Eventos exportada pelo CICTE Desktop (e editada)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="229" />
            <source>only say what would change</source>
            <translation>apenas informar o que mudaria</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="230" />
            <source>preview an attendance sheet (.xlsx) as the event form would import it: the columns found and, for each row, import or skip and why (nothing is written)</source>
            <translation>prévia de uma lista de presença (.xlsx) como o formulário do evento a importaria: as colunas encontradas e, para cada linha, importar ou ignorar e por quê (nada é gravado)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="234" />
            <source>print JSON for scripts instead of lines</source>
            <translation>imprimir JSON para scripts em vez de linhas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="235" />
            <source>field packages: carry changes between laptops and headquarters</source>
            <translation>pacotes de campo: levar alterações entre os computadores e a sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="238" />
            <source>write what changed here since the last package for the same destination</source>
            <translation>gravar o que mudou aqui desde o último pacote para o mesmo destino</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="239" />
            <source>the package to write (.cictepkg)</source>
            <translation>o pacote a gravar (.cictepkg)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="241" />
            <source>everything this database holds, not only what changed since the last package</source>
            <translation>tudo o que este banco de dados contém, não só o que mudou desde o último pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="243" />
            <source>the device the package is for (its name), e.g. Headquarters; without it, packages made here share one destination of their own</source>
            <translation>o computador a que se destina o pacote (seu nome), p. ex. Sede; sem esta opção, os pacotes gerados aqui compartilham um destino próprio</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="247" />
            <source>protect the package with the passphrase in the first line of F (at least 8 characters)</source>
            <translation>proteger o pacote com a frase secreta da primeira linha de F (pelo menos 8 caracteres)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="250" />
            <source>write a package that carries participants' names and contacts unprotected</source>
            <translation>gravar sem proteção um pacote que leva os nomes e contatos dos participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="251" />
            <source>merge a package into this database</source>
            <translation>mesclar um pacote neste banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="255" />
            <source>the passphrase of a protected package, in the first line of F</source>
            <translation>a frase secreta de um pacote protegido, na primeira linha de F</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="257" />
            <source>trust the package's sender although this computer does not know it yet (or it has a new key): compare its fingerprint with the sender first</source>
            <translation>confiar no remetente do pacote embora este computador ainda não o conheça (ou ele tenha uma chave nova): compare antes a impressão digital com o remetente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="260" />
            <source>add synthetic logged events for demonstrations and benchmarks</source>
            <translation>adicionar eventos fictícios para demonstrações e testes de desempenho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="261" />
            <source>how many events to add</source>
            <translation>quantos eventos adicionar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="262" />
            <source>random seed (same seed, same events)</source>
            <translation>semente aleatória (mesma semente, mesmos eventos)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="267" />
            <source>this computer's role and signing key</source>
            <translation>papel e chave de assinatura deste computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/parser.py" line="269" />
            <source>show this computer's role and fingerprint, or make it the database's headquarters or a laptop</source>
            <translation>mostrar o papel e a impressão digital deste computador, ou torná-lo a sede do banco de dados ou um notebook</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="36" />
            <source>Started the {year} work plan ({symbol}) from the {source} plan: {areas}, {programs}, {projects}, {activities}, each carried over with its targets and titles.</source>
            <translation>O plano de trabalho {year} ({symbol}) foi iniciado a partir do plano {source}: {areas}, {programs}, {projects}, {activities}, cada um transferido com suas metas e títulos.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="38" />
            <source>%n work area(s)</source>
            <translation>
                <numerusform>%n área de trabalho</numerusform>
                <numerusform>%n áreas de trabalho</numerusform>
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
                <numerusform>%n projeto</numerusform>
                <numerusform>%n projetos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="40" />
            <source>%n planned activity(ies)</source>
            <translation>
                <numerusform>%n atividade prevista</numerusform>
                <numerusform>%n atividades previstas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="42" />
            <source>Note: this computer is not headquarters, so the new plan stays here: other computers refuse work-plan changes from it, and events logged under it reach them only once headquarters starts the same plan (from the same earlier plan). Start the plan at headquarters to send it to the laptops.</source>
            <translation>Nota: este computador não é a sede, então o novo plano fica aqui: os outros computadores recusam as alterações do plano de trabalho vindas dele, e os eventos registrados nele só chegam a eles quando a sede inicia o mesmo plano (a partir do mesmo plano anterior). Crie o plano na sede para enviá-lo aos notebooks.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="55" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="56" />
            <source>cicte-desktop: error: there is no work plan for {year} (work plans: {years})</source>
            <translation>cicte-desktop: erro: não há plano de trabalho para {year} (planos de trabalho: {years})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="59" />
            <source>Wrote {path}: {items} of the {year} work plan.</source>
            <translation>Gravado {path}: {items} do plano de trabalho {year}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="60" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n itens</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="74" />
            <source>say why the plan changes with --reason TEXT (kept in the plan's history), or preview with --dry-run</source>
            <translation>diga por que o plano muda com --reason TEXTO (guardado no histórico do plano), ou veja a prévia com --dry-run</translation>
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
                <numerusform>%n adicionado</numerusform>
                <numerusform>%n adicionados</numerusform>
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
            <translation>Adicionados:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Changed:</source>
            <translation>Alterados:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="87" />
            <source>Retired:</source>
            <translation>Retirados:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="88" />
            <source>Not in the workbook (kept as they are):</source>
            <translation>Fora da pasta de trabalho (mantidos como estão):</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="95" />
            <source>row {row}: </source>
            <translation>linha {row}: </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="100" />
            <source>(kept, marked retired: events point at it)</source>
            <translation>(mantido, marcado como retirado: há eventos ligados a ele)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="101" />
            <source>(taken out of the plan: no events point at it)</source>
            <translation>(removido do plano: nenhum evento ligado a ele)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/cli/plan.py" line="104" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="106" />
            <source>Skipped {what}</source>
            <translation>Ignorada {what}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="120" />
            <source>Nothing to change: the workbook is the plan as it is.</source>
            <translation>Nada a alterar: a pasta de trabalho é o plano tal como está.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="123" />
            <source>Nothing was written (dry run).</source>
            <translation>Nada foi gravado (simulação).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="126" />
            <source>Imported into the {year} work plan: {added}, {changed}, {retired}, each with the reason in the plan's history.</source>
            <translation>Importado no plano de trabalho {year}: {added}, {changed}, {retired}, cada alteração com o motivo no histórico do plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="130" />
            <source>Created the {year} work plan from the {source} plan: {added}, {changed}, {retired}, each with the reason in the plan's history.</source>
            <translation>Plano de trabalho {year} criado a partir do plano {source}: {added}, {changed}, {retired}, cada alteração com o motivo no histórico do plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="149" />
            <source>Upon request</source>
            <translation>Mediante solicitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="149" />
            <source>no target</source>
            <translation>sem meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="191" />
            <source>--member-state, --from and --to go with --figures</source>
            <translation>--member-state, --from e --to vão com --figures</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/plan.py" line="194" />
            <source>--figures goes with --json</source>
            <translation>--figures vai com --json</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="28" />
            <source>--report member-state needs --member-state</source>
            <translation>--report member-state requer --member-state</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="30" />
            <source>--member-state goes with --report member-state</source>
            <translation>--member-state só é usado com --report member-state</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="32" />
            <source>--report certificates needs --event</source>
            <translation>--report certificates requer --event</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="34" />
            <source>--event goes with --report certificates</source>
            <translation>--event só é usado com --report certificates</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/reports.py" line="46" />
            <source>Wrote {path}: {certificates}.</source>
            <translation>{path} gravado: {certificates}.</translation>
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
            <translation>{path} gravado: {pages}, {events}.</translation>
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
            <translation>{name}: criado no esquema {revision}, com o Plano de Trabalho 2016 (dados iniciais {seed})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="46" />
            <source>{name}: upgraded from schema {old} to {revision} (seed {seed})</source>
            <translation>{name}: atualizado do esquema {old} para o {revision} (dados iniciais {seed})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/cli/upgrade.py" line="49" />
            <source>{name}: already at schema {revision} (seed {seed}); nothing to do</source>
            <translation>{name}: já está no esquema {revision} (dados iniciais {seed}); nada a fazer</translation>
        </message>
        <message>
            <source>replace the file even when it is not a CICTE Desktop database (it is kept in the backups folder first)</source>
            <translation type="vanished">substituir o arquivo mesmo que não seja um banco de dados do CICTE Desktop (antes ele é guardado na pasta de backups)</translation>
        </message>
        <message>
            <source>cicte-desktop: error: {command} works on a database file; a database on a PostgreSQL server is checked, backed up and restored by its administrator with PostgreSQL's own tools (see the README, "Headquarters on PostgreSQL")</source>
            <translation type="vanished">cicte-desktop: erro: {command} funciona com um arquivo de banco de dados; um banco de dados em um servidor PostgreSQL é verificado, tem o backup feito e é restaurado pelo seu administrador com as ferramentas do próprio PostgreSQL (veja o README, "Headquarters on PostgreSQL")</translation>
        </message>
        <message>
            <source>cicte-desktop: error: a PostgreSQL database can so far be upgraded, read (plan), planned (plan new, export, import), filled with demo data and exported to Excel and PDF; the window and the other commands need a database file</source>
            <translation type="vanished">cicte-desktop: erro: por enquanto, um banco de dados PostgreSQL pode ser atualizado, lido (plan), planejado (plan new, export, import), preenchido com dados de demonstração e exportado para Excel e PDF; a janela e os demais comandos precisam de um arquivo de banco de dados</translation>
        </message>
        <message>
            <source>cicte-desktop: error: a PostgreSQL database can so far be created and upgraded only (cicte-desktop --db URL upgrade); the window and the other commands need a database file</source>
            <translation type="vanished">cicte-desktop: erro: por enquanto, um banco de dados PostgreSQL só pode ser criado e atualizado (cicte-desktop --db URL upgrade); a janela e os demais comandos precisam de um arquivo de banco de dados</translation>
        </message>
        <message>
            <source>database file to open (created and seeded with the 2016 Work Plan if missing); default: cicte.sqlite in the per-user data folder</source>
            <translation type="vanished">arquivo de banco de dados a abrir (se não existir, é criado com o Plano de Trabalho 2016); padrão: cicte.sqlite na pasta de dados do usuário</translation>
        </message>
        <message>
            <source>{path}: saved {when} on {device}; {events} events, {people} participants (schema {revision})</source>
            <translation type="vanished">{path}: salvo em {when} no dispositivo {device}; {events} eventos, {people} participantes (esquema {revision})</translation>
        </message>
        <message>
            <source>Wrote {path}: {events} events{people}.</source>
            <translation type="vanished">{path} gravado: {events} eventos{people}.</translation>
        </message>
        <message>
            <source>, {count} participants</source>
            <translation type="vanished">, {count} participantes</translation>
        </message>
        <message>
            <source>Wrote {path}: {count} certificates.</source>
            <translation type="vanished">{path} gravado: {count} certificados.</translation>
        </message>
        <message>
            <source>Wrote {path}: {pages} pages, {events} events.</source>
            <translation type="vanished">{path} gravado: {pages} páginas, {events} eventos.</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} with problems</source>
            <translation type="vanished">{new} novos, {changed} alterados, {unchanged} sem alteração, {rejected} com problemas</translation>
        </message>
        <message>
            <source>Imported: {created} events created, {changed} changed.</source>
            <translation type="vanished">Importação concluída: {created} eventos criados, {changed} alterados.</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events} events, {records} records in all, {files} files{protected}.</source>
            <translation type="vanished">{path} gravado para {destination}: {events} eventos, {records} registros no total, {files} arquivos{protected}.</translation>
        </message>
        <message>
            <source>From {device}: {new} new, {updated} updated, {deleted} deleted, {unchanged} unchanged, {conflicts} conflicts</source>
            <translation type="vanished">De {device}: {new} novos, {updated} atualizados, {deleted} excluídos, {unchanged} sem alteração, {conflicts} conflitos</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts resolved, {files} files stored.</source>
            <translation type="vanished">Importação concluída: {new} novos, {updated} atualizados, {deleted} excluídos, {conflicts} conflitos resolvidos, {files} arquivos armazenados.</translation>
        </message>
        <message>
            <source>Added {count} demo events to {path} in {seconds:.1f} s.</source>
            <translation type="vanished">{count} eventos de demonstração adicionados a {path} em {seconds:.1f} s.</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of a file in it</source>
            <translation type="vanished">{path} é uma pasta; indique o nome de um arquivo dentro dela</translation>
        </message>
        <message>
            <source>protect the package with the passphrase in the first line of F</source>
            <translation type="vanished">proteger o pacote com a frase secreta da primeira linha de F</translation>
        </message>
        <message>
            <source>cicte-desktop: error: --to needs --from</source>
            <translation type="vanished">cicte-desktop: erro: --to requer --from</translation>
        </message>
        <message>
            <source>cicte-desktop: error: the period ends before it starts</source>
            <translation type="vanished">cicte-desktop: erro: o período termina antes de começar</translation>
        </message>
        <message>
            <source>Note: this computer is not headquarters, so the new plan stays here: other computers refuse work-plan changes from it. Start the plan at headquarters to send it to the laptops.</source>
            <translation type="vanished">Nota: este computador não é a sede, então o novo plano fica aqui: os outros computadores recusam as alterações do plano de trabalho vindas dele. Crie o plano na sede para enviá-lo aos notebooks.</translation>
        </message>
    </context>
    <context>
        <name>ConflictHistoryDialog</name>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="6" />
            <source>Conflict history</source>
            <translation>Histórico de conflitos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="15" />
            <source>Records changed on two computers before they exchanged field packages, newest first.</source>
            <translation>Registros alterados em dois computadores antes de trocarem pacotes de campo, dos mais recentes aos mais antigos.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="26" />
            <source>Conflicts settled</source>
            <translation>Conflitos resolvidos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="42" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../ui/forms/conflict_history.ui" line="47" />
            <source>Package from</source>
            <translation>Origem do pacote</translation>
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
            <translation>Mantida</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="28" />
            <source>No conflicts so far.</source>
            <translation>Nenhum conflito até agora.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="33" />
            <source>This computer's version</source>
            <translation>Versão deste computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="33" />
            <source>The package's version</source>
            <translation>Versão do pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="35" />
            <source>the newer one</source>
            <translation>a mais recente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="35" />
            <source>chosen by {user}</source>
            <translation>escolhida por {user}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="36" />
            <source>a user</source>
            <translation>um usuário</translation>
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
            <translation>outro computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="64" />
            <source>This computer had</source>
            <translation>Este computador tinha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="65" />
            <source>The package brought</source>
            <translation>O pacote trouxe</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="66" />
            <source>Kept: {side}.</source>
            <translation>Mantida: {side}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="67" />
            <source>this computer's version</source>
            <translation>a versão deste computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/conflict_history.py" line="67" />
            <source>the package's version</source>
            <translation>a versão do pacote</translation>
        </message>
    </context>
    <context>
        <name>ConflictView</name>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="81" />
            <source>Both versions, field by field</source>
            <translation>As duas versões, campo por campo</translation>
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
            <translation>Painel · {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="114" />
            <source>All dates</source>
            <translation>Todas as datas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="116" />
            <source>From {start}</source>
            <translation>A partir de {start}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="118" />
            <source>Until {end}</source>
            <translation>Até {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="119" />
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="174" />
            <source>Share of achieved by work area and program: {state}</source>
            <translation>Parcela do alcançado por área de trabalho e programa: {state}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="175" />
            <source>Each bar is the share of the plan's achieved units that served {state}, not progress against the hemisphere-wide targets.</source>
            <translation>Cada barra é a parcela das unidades alcançadas do plano que beneficiaram {state}, não o progresso em relação às metas hemisféricas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="179" />
            <source>Progress by work area and program</source>
            <translation>Progresso por área de trabalho e programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="187" />
            <source>This work plan has no work areas.</source>
            <translation>Este plano de trabalho não tem áreas de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="188" />
            <source>No units achieved under this filter.</source>
            <translation>Nenhuma unidade alcançada com este filtro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="193" />
            <source>nothing to show</source>
            <translation>nada a mostrar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="230" />
            <source>No date</source>
            <translation>Sem data</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="236" />
            <source>Events by month and status</source>
            <translation>Eventos por mês e situação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="236" />
            <source>Events by half-year and status</source>
            <translation>Eventos por semestre e situação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="237" />
            <source>Participants by month and sex</source>
            <translation>Participantes por mês e sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="237" />
            <source>Participants by half-year and sex</source>
            <translation>Participantes por semestre e sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="247" />
            <source>Total: {total}.</source>
            <translation>Total: {total}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="266" />
            <source>Events logged under the plan, of every status the filter keeps, by start date.</source>
            <translation>Eventos registrados no plano, de todas as situações que o filtro mantém, por data de início.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="267" />
            <source>No events under this filter.</source>
            <translation>Nenhum evento com este filtro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Women</source>
            <translation>Mulheres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Men</source>
            <translation>Homens</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="271" />
            <source>Sex not recorded</source>
            <translation>Sexo sem registro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="286" />
            <source>Participants of the completed events, by start date.</source>
            <translation>Participantes dos eventos realizados, por data de início.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="287" />
            <source>No participants of completed events under this filter.</source>
            <translation>Nenhum participante de eventos realizados com este filtro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="298" />
            <source>All work areas</source>
            <translation>Todas as áreas de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="302" />
            <source>Participants by sex and work area</source>
            <translation>Participantes por sexo e área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="309" />
            <source>Participants of the completed events.</source>
            <translation>Participantes dos eventos realizados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="322" />
            <source>None</source>
            <translation>Nenhum</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="333" />
            <source>{lower} or more</source>
            <translation>{lower} ou mais</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="372" />
            <source>Events by member state</source>
            <translation>Eventos por Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="373" />
            <source>Events of the {year} Work Plan by member state served; an event that served several member states counts for each.</source>
            <translation>Eventos do Plano de Trabalho {year} por Estado membro beneficiado; um evento que beneficiou vários Estados membros conta para cada um.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="377" />
            <source>Participants by member state</source>
            <translation>Participantes por Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="377" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="378" />
            <source>Participants of the completed events of the {year} Work Plan by member state served; an event that served several member states counts for each, with all its participants.</source>
            <translation>Participantes dos eventos realizados do Plano de Trabalho {year} por Estado membro beneficiado; um evento que beneficiou vários Estados membros conta para cada um, com todos os seus participantes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="382" />
            <source>Period: {period}.</source>
            <translation>Período: {period}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="384" />
            <source>{state} is outlined; the map shows every member state.</source>
            <translation>{state} aparece destacado; o mapa mostra todos os Estados membros.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="392" />
            <source>none: {states}</source>
            <translation>nenhum: {states}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/dashboard.py" line="398" />
            <source>The boundaries and names shown on this map do not imply official endorsement or acceptance by the Organization of American States.</source>
            <translation>As fronteiras e os nomes indicados neste mapa não implicam aprovação ou aceitação oficial por parte da Organização dos Estados Americanos.</translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/dashboard.py" line="121" />
            <source>There is no work plan in this database yet: the dashboard shows a year's plan and the events logged under it.</source>
            <translation>Este banco de dados ainda não tem um plano de trabalho: o painel mostra o plano de um ano e os eventos registrados nele.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/dashboard.py" line="160" />
            <source>The dashboard could not be made: {error}</source>
            <translation>Não foi possível preparar o painel: {error}</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="100" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="101" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="102" />
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="103" />
            <source>Where</source>
            <translation>Onde</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/dashboard.py" line="109" />
            <source>By month</source>
            <translation>Por mês</translation>
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
            <translation>{path} é uma pasta, não um arquivo de banco de dados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="280" />
            <source>The folder {folder} does not exist.</source>
            <translation>A pasta {folder} não existe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="285" />
            <source>{path} is on read-only media: it is open for viewing, checking and exporting, but changes cannot be saved. Nothing was changed. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} está em uma mídia somente leitura: está aberto para consulta, verificação e exportação, mas as alterações não podem ser salvas. Nada foi alterado. Para fazer alterações, copie-o para uma pasta em que você possa gravar e abra a cópia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="298" />
            <source>Another program is using {path} and did not finish within {seconds} seconds. Nothing was saved; close the other program (or wait for it to finish) and try again.</source>
            <translation>Outro programa está usando {path} e não terminou em {seconds} segundos. Nada foi salvo; feche o outro programa (ou espere que ele termine) e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="303" />
            <source>The disk holding {path} is full. Nothing was saved; free some disk space and try again.</source>
            <translation>O disco que contém {path} está cheio. Nada foi salvo; libere espaço no disco e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="308" />
            <source>{path} could not be written ({detail}). Nothing was saved; check that the drive is still connected, then try again.</source>
            <translation>Não foi possível gravar {path} ({detail}). Nada foi salvo; verifique se a unidade continua conectada e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="318" />
            <source>{path} is on a read-only location. Copy it to a folder you can write to (for example your Documents folder) and open the copy.</source>
            <translation>{path} está em um local somente leitura. Copie-o para uma pasta com permissão de gravação (por exemplo, a pasta Documentos) e abra a cópia.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="381" />
            <source>{path} needs upgrading, but the copy made first failed ({detail}), so nothing was changed. Free some disk space or check the data folder, then try again.</source>
            <translation>{path} precisa ser atualizado, mas a cópia prévia falhou ({detail}); por isso, nada foi alterado. Libere espaço em disco ou verifique a pasta de dados e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="401" />
            <source>Upgrading {path} failed ({detail}). A copy of it was kept in {backup}.</source>
            <translation>Falha ao atualizar {path} ({detail}). Uma cópia dele foi mantida em {backup}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="444" />
            <source>{path} could not be created: the disk is full. Nothing was left behind; free some disk space and try again.</source>
            <translation>Não foi possível criar {path}: o disco está cheio. Nenhum arquivo ficou para trás; libere espaço no disco e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="449" />
            <source>{path} is locked by another program. Close it there and try again.</source>
            <translation>{path} está bloqueado por outro programa. Feche-o nesse programa e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="453" />
            <source>{path} is on a read-only location. Copy it to a folder you can write to.</source>
            <translation>{path} está em um local somente leitura. Copie-o para uma pasta com permissão de gravação.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/database.py" line="456" />
            <source>{path} could not be written ({detail}).</source>
            <translation>Não foi possível gravar {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="93" />
            <source>{path} is not a CICTE Desktop database (it is not an SQLite database file).</source>
            <translation>{path} não é um banco de dados do CICTE Desktop (não é um arquivo de banco de dados SQLite).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="96" />
            <source>{path} is an empty file, not a CICTE Desktop database.</source>
            <translation>{path} é um arquivo vazio, não um banco de dados do CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="102" />
            <source>{path} is damaged: the file is shorter than the database it describes (was it copied only in part?). It has not been changed. Open a backup instead.</source>
            <translation>{path} está danificado: o arquivo é menor que o banco de dados que descreve (foi copiado só em parte?). Ele não foi alterado. Abra um backup.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="138" />
            <source>{path} is an SQLite database of another program, not of CICTE Desktop.</source>
            <translation>{path} é um banco de dados SQLite de outro programa, não do CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="164" />
            <source>{path} is damaged and cannot be opened safely ({detail}). It has not been changed. Open a backup instead.</source>
            <translation>{path} está danificado e não pode ser aberto com segurança ({detail}). Ele não foi alterado. Abra um backup.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="206" />
            <source>{path} cannot be opened: the disk holding it is full, and SQLite needs a little room beside the file even to read it. The file has not been changed; free some disk space and try again.</source>
            <translation>Não é possível abrir {path}: o disco que o contém está cheio, e o SQLite precisa de um pouco de espaço ao lado do arquivo até para lê-lo. O arquivo não foi alterado; libere espaço no disco e tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/integrity.py" line="289" />
            <source>{path} was saved by a newer version of CICTE Desktop. Install the newer version to open it; the file has not been changed.</source>
            <translation>{path} foi salvo por uma versão mais recente do CICTE Desktop. Instale essa versão para abri-lo; o arquivo não foi alterado.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="26" />
            <source>Open Database</source>
            <translation>Abrir banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="27" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bancos de dados do CICTE (*.sqlite *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="51" />
            <source>Cannot connect to the server</source>
            <translation>Não foi possível conectar ao servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="54" />
            <source>Connect to Server</source>
            <translation>Conectar a um servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="55" />
            <source>Connecting to {name}…</source>
            <translation>Conectando a {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="69" />
            <source>Cannot open the database</source>
            <translation>Não é possível abrir o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="75" />
            <source>Opening {name}…</source>
            <translation>Abrindo {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="105" />
            <source>Backup restored</source>
            <translation>Backup restaurado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="116" />
            <source>Restore from backup</source>
            <translation>Restaurar backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/database.py" line="117" />
            <source>Restoring {name}…</source>
            <translation>Restaurando {name}…</translation>
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
            <translation>Curso de capacitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="143" />
            <source>Select a work area, program, project or planned activity to see its figures and the events logged under it.</source>
            <translation>Selecione uma área de trabalho, programa, projeto ou atividade prevista para ver seus números e os eventos registrados nele.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="165" />
            <source>Achieved counts the units of completed events under the current filters; counted toward target counts each activity at most up to its own target.</source>
            <translation>Alcançado conta as unidades dos eventos concluídos com os filtros atuais; computado para a meta conta cada atividade no máximo até a sua própria meta.</translation>
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
                <numerusform>Eventos que correspondem a “{text}”: %n de {total}</numerusform>
                <numerusform>Eventos que correspondem a “{text}”: %n de {total}</numerusform>
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
            <translation>Eventos: nenhum com os filtros atuais</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="194" />
            <source>Participants in completed events: {total} ({women}, {men}, {unknown} not recorded) · {states}</source>
            <translation>Participantes em eventos concluídos: {total} ({women}, {men}, {unknown} sem registro) · {states}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="196" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln mulher</numerusform>
                <numerusform>%Ln mulheres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="197" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln homem</numerusform>
                <numerusform>%Ln homens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/detail_pane.py" line="198" />
            <source>%n member state(s) reached</source>
            <translation>
                <numerusform>%n Estado membro alcançado</numerusform>
                <numerusform>%n Estados membros alcançados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="201" />
            <source>Reading of the source document: {note}</source>
            <translation>Interpretação do documento de origem: {note}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/detail_pane.py" line="208" />
            <source>Mandates that apply to this work area ({count})</source>
            <translation>Mandatos aplicáveis a esta área de trabalho ({count})</translation>
        </message>
        <message>
            <source>Target: {target}   Achieved: {achieved}</source>
            <translation type="vanished">Meta: {target}   Alcançado: {achieved}</translation>
        </message>
        <message>
            <source>Achieved counts the units of completed events under the current filters.</source>
            <translation type="vanished">“Alcançado” soma as unidades dos eventos concluídos, conforme os filtros atuais.</translation>
        </message>
        <message>
            <source>{percent}% of target</source>
            <translation type="vanished">{percent}% da meta</translation>
        </message>
        <message>
            <source>Participants in completed events: {total} ({women} women, {men} men, {unknown} not recorded) · {states} member states reached</source>
            <translation type="vanished">Participantes em eventos concluídos: {total} ({women} mulheres, {men} homens, {unknown} sem registro) · {states} Estados membros alcançados</translation>
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
            <translation>Nome do computador</translation>
        </message>
        <message>
            <location filename="../../ui/forms/device_name.ui" line="18" />
            <source>The name other laptops and headquarters see for this computer in field packages.</source>
            <translation>O nome deste computador que os outros notebooks e a sede veem nos pacotes de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="22" />
            <source>Name this computer</source>
            <translation>Nomear este computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="23" />
            <source>Field packages say which computer made each change. Give this one a name people will recognise, for example “Laptop of María (Trinidad mission)” or “Headquarters, Washington”.</source>
            <translation>Os pacotes de campo indicam qual computador fez cada alteração. Dê a este um nome que as pessoas reconheçam, por exemplo “Notebook da María (missão em Trinidad)” ou “Sede, Washington”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/device_name.py" line="33" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="52" />
            <source>Give this computer a name, for example “Laptop of María (Trinidad mission)” or “Headquarters”.</source>
            <translation>Dê um nome a este computador, por exemplo “Notebook da María (missão em Trinidad)” ou “Sede”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="54" />
            <source>The name is too long (at most {count} characters).</source>
            <translation>O nome é longo demais (no máximo {count} caracteres).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="80" />
            <source>headquarters</source>
            <translation>sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="80" />
            <source>laptop</source>
            <translation>notebook</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/devices.py" line="99" />
            <source>A computer is either headquarters or a laptop.</source>
            <translation>Um computador é a sede ou um notebook.</translation>
        </message>
    </context>
    <context>
        <name>EventFiles</name>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="29" />
            <source>Attach file…</source>
            <translation>Anexar arquivo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="31" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="33" />
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="62" />
            <source>SHA-256 {sha}</source>
            <translation>SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="66" />
            <source>Attach files</source>
            <translation>Anexar arquivos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="77" />
            <source>Cannot attach the file</source>
            <translation>Não é possível anexar o arquivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="77" />
            <source>{name} could not be copied into the app's folder ({detail}).</source>
            <translation>Não foi possível copiar {name} para a pasta do aplicativo ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="94" />
            <source>Cannot open the file</source>
            <translation>Não é possível abrir o arquivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_files.py" line="94" />
            <source>{name} is not in the app's folder on this computer (it may not have arrived yet).</source>
            <translation>{name} não está na pasta do aplicativo neste computador (talvez ainda não tenha chegado).</translation>
        </message>
    </context>
    <context>
        <name>EventForm</name>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="6" />
            <source>New event</source>
            <translation>Novo evento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="35" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="47" />
            <source>Planned activity</source>
            <translation>Atividade prevista</translation>
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
            <translation>p. ex.: Oficina nacional sobre controle de contêineres — Kingston</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="205" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="252" />
            <source>Counts toward the target</source>
            <translation>Conta para a meta</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="286" />
            <source>How many units of the activity's target this event delivers (usually 1)</source>
            <translation>Quantas unidades da meta da atividade este evento cumpre (geralmente 1)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="309" />
            <source>When and where</source>
            <translation>Quando e onde</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="321" />
            <source>Dates</source>
            <translation>Datas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="367" />
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="374" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="381" />
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="424" />
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="468" />
            <source>Beneficiary member states</source>
            <translation>Estados membros beneficiários</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="515" />
            <source>Venue</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="559" />
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="606" />
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="618" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="661" />
            <source>Women</source>
            <translation>Mulheres</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="697" />
            <source>Men</source>
            <translation>Homens</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="733" />
            <source>Not recorded</source>
            <translation>Sem registro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="769" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="868" />
            <source>Use the roster's counts</source>
            <translation>Usar os números da lista</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="875" />
            <source>Keep these counts</source>
            <translation>Manter estes números</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="885" />
            <source>Institutions</source>
            <translation>Instituições</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="919" />
            <source>not recorded</source>
            <translation>sem registro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="939" />
            <source>Lead trainer</source>
            <translation>Instrutor principal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="983" />
            <source>Experts</source>
            <translation>Especialistas</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1027" />
            <source>Partner organisations</source>
            <translation>Organizações parceiras</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1071" />
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1115" />
            <source>Roster</source>
            <translation>Lista nominal</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1162" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1174" />
            <source>Outcomes</source>
            <translation>Resultados obtidos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1222" />
            <source>Average satisfaction (1-5)</source>
            <translation>Satisfação média (1-5)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1282" />
            <source>Test averages (0-100)</source>
            <translation>Médias dos testes (0-100)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1325" />
            <source>Pre-test</source>
            <translation>Pré-teste</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1351" />
            <source>Post-test</source>
            <translation>Pós-teste</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1406" />
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1449" />
            <source>Follow-up needed</source>
            <translation>Requer acompanhamento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1456" />
            <source>Follow-up notes</source>
            <translation>Notas de acompanhamento</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1459" />
            <source>What, by whom</source>
            <translation>O quê, por quem</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1482" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1533" />
            <source>Files</source>
            <translation>Arquivos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1545" />
            <source>Agenda, attendance list, photos</source>
            <translation>Agenda, lista de presença, fotos</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1592" />
            <source>History of changes</source>
            <translation>Histórico de alterações</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1605" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1610" />
            <source>Changed by</source>
            <translation>Alterado por</translation>
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
            <translation>Depois</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1630" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/event_form.ui" line="1667" />
            <source>Save</source>
            <translation>Salvar</translation>
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
            <translation>Digite para buscar um Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="112" />
            <source>Type to find a partner organisation</source>
            <translation>Digite para buscar uma organização parceira</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="148" />
            <source>Required</source>
            <translation>Obrigatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="296" />
            <source>Moved to the {year} plan: {activity}</source>
            <translation>Transferido para o plano de {year}: {activity}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="298" />
            <source>Moved to the {year} plan. The activity carried over to it was retired from the plan: choose the activity of the {year} plan this event counts toward.</source>
            <translation>Transferido para o plano de {year}. A atividade transferida para esse plano foi retirada dele: escolha a atividade do plano de {year} para cuja meta este evento contribui.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="301" />
            <source>Moved to the {year} plan. Its activity was not carried over to the {year} plan: choose the activity of the {year} plan this event counts toward.</source>
            <translation>Transferido para o plano de {year}. A sua atividade não foi transferida para o plano de {year}: escolha a atividade do plano de {year} para cuja meta este evento contribui.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="304" />
            <source>Moved to the {year} plan: the list shows its activities.</source>
            <translation>Transferido para o plano de {year}: a lista mostra as suas atividades.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="322" />
            <source>There is no work plan for {year} yet (work plans: {years}): the event is saved under its activity of the {plan} plan. Check the start date; once the {year} plan reaches this computer, open the event and choose its activity there.</source>
            <translation>Ainda não há plano de trabalho para {year} (planos de trabalho: {years}): o evento é salvo sob sua atividade do plano {plan}. Verifique a data de início; quando o plano de {year} chegar a este computador, abra o evento e escolha ali sua atividade.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="356" />
            <source>Cannot save yet: {problems}</source>
            <translation>Ainda não é possível salvar: {problems}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="380" />
            <source>{period} has been reported and is locked: this event is read-only. A program manager can unlock the period under Events &gt; Reporting Periods.</source>
            <translation>O {period} já foi relatado e está bloqueado: este evento é somente leitura. Um gerente de programa pode desbloquear o período em Eventos &gt; Períodos de relatório.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="421" />
            <source>Reason for the change</source>
            <translation>Motivo da alteração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="421" />
            <source>This event was completed and may have been reported. Why is it being changed?</source>
            <translation>Este evento foi concluído e pode já ter sido relatado. Por que está sendo alterado?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="427" />
            <source>The change was not saved: a reason is needed.</source>
            <translation>A alteração não foi salva: é necessário informar um motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="431" />
            <source>Cannot save the event</source>
            <translation>Não é possível salvar o evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="435" />
            <source>This event was deleted meanwhile; what you typed is kept as a draft.</source>
            <translation>Este evento foi excluído nesse meio-tempo; o que você digitou foi mantido como rascunho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="439" />
            <source>The form now shows their changes with yours (where you both changed a field, yours): check them, then save again.</source>
            <translation>O formulário agora mostra as alterações dessa pessoa junto com as suas (onde ambos alteraram um campo, a sua): confira-as e salve novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="447" />
            <source>{problem} What you typed is still in this form.</source>
            <translation>{problem} O que você digitou continua neste formulário.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="455" />
            <source>The event could not be written ({detail}). Nothing was changed in the database; what you typed is still in this form and kept as a draft. Free some disk space or check the drive, then save again.</source>
            <translation>Não foi possível gravar o evento ({detail}). Nada foi alterado no banco de dados; o que você digitou continua neste formulário e foi mantido como rascunho. Libere espaço em disco ou verifique a unidade e salve novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="482" />
            <source>Discard changes?</source>
            <translation>Descartar alterações?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="482" />
            <source>The changes to this event have not been saved.</source>
            <translation>As alterações deste evento não foram salvas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="483" />
            <source>Discard changes</source>
            <translation>Descartar alterações</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_form.py" line="483" />
            <source>Keep editing</source>
            <translation>Continuar editando</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation type="vanished">Adicionar pessoa</translation>
        </message>
        <message>
            <source>Remove person</source>
            <translation type="vanished">Remover pessoa</translation>
        </message>
        <message>
            <source>Import attendance sheet…</source>
            <translation type="vanished">Importar lista de presença…</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation type="vanished">Anexar arquivo…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="vanished">Abrir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="vanished">Remover</translation>
        </message>
        <message>
            <source>Import attendance sheet</source>
            <translation type="vanished">Importar lista de presença</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="vanished">Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot import the attendance sheet</source>
            <translation type="vanished">Não é possível importar a lista de presença</translation>
        </message>
        <message>
            <source>The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women {typed_women}, men {typed_men}, not recorded {typed_unknown}.</source>
            <translation type="vanished">A lista tem mulheres {women}, homens {men}, não registrado {unknown}; os números acima dizem mulheres {typed_women}, homens {typed_men}, não registrado {typed_unknown}.</translation>
        </message>
        <message>
            <source>SHA-256 {sha}</source>
            <translation type="vanished">SHA-256 {sha}</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation type="vanished">Anexar arquivos</translation>
        </message>
        <message>
            <source>Cannot attach the file</source>
            <translation type="vanished">Não é possível anexar o arquivo</translation>
        </message>
        <message>
            <source>{name} could not be copied into the app's folder ({detail}).</source>
            <translation type="vanished">Não foi possível copiar {name} para a pasta do aplicativo ({detail}).</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation type="vanished">Não é possível abrir o arquivo</translation>
        </message>
        <message>
            <source>{name} is not in the app's folder on this computer (it may not have arrived yet).</source>
            <translation type="vanished">{name} não está na pasta do aplicativo neste computador (talvez ainda não tenha chegado).</translation>
        </message>
        <message>
            <source>There is no work plan for {year} (work plans: {years}): an event belongs to the plan of the year it starts in. Check the start date, or start the {year} plan first (Plan &gt; New Work Plan…).</source>
            <translation type="vanished">Não há plano de trabalho para {year} (planos de trabalho: {years}): um evento pertence ao plano do ano em que começa. Verifique a data de início ou crie primeiro o plano de {year} (Plano &gt; Novo plano de trabalho…).</translation>
        </message>
        <message>
            <source>The event starts in {year}, but its planned activity was not carried over to the {year} work plan: it stays under the {plan} plan. Choose an activity of the {year} plan if it belongs there.</source>
            <translation type="vanished">O evento começa em {year}, mas sua atividade prevista não foi transferida para o plano de trabalho {year}: continua no plano {plan}. Escolha uma atividade do plano {year} se ele pertencer a ele.</translation>
        </message>
        <message>
            <source>The event starts in {year}: the list shows the {year} work plan, and the activity is the one carried over from the {previous} plan.</source>
            <translation type="vanished">O evento começa em {year}: a lista mostra o plano de trabalho {year}, e a atividade é a transferida do plano {previous}.</translation>
        </message>
        <message>
            <source>The event starts in {year}: the list shows the {year} work plan.</source>
            <translation type="vanished">O evento começa em {year}: a lista mostra o plano de trabalho {year}.</translation>
        </message>
    </context>
    <context>
        <name>EventLog</name>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="117" />
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organização</numerusform>
                <numerusform>%n organizações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="118" />
            <source>%n person(people)</source>
            <translation>
                <numerusform>%n pessoa</numerusform>
                <numerusform>%n pessoas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/services/events/inputs.py" line="119" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n arquivo</numerusform>
                <numerusform>%n arquivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="26" />
            <source>January-June {year}</source>
            <translation>1º semestre de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="26" />
            <source>July-December {year}</source>
            <translation>2º semestre de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="40" />
            <source>{period} has been reported and is locked: its events cannot be changed. A program manager can unlock it (Events &gt; Reporting Periods) with a reason.</source>
            <translation>O {period} já foi relatado e está bloqueado: seus eventos não podem ser alterados. Um gerente de programa pode desbloqueá-lo (Eventos &gt; Períodos de relatório) informando um motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/periods.py" line="60" />
            <source>Say why the period is locked or unlocked.</source>
            <translation>Informe por que o período está sendo bloqueado ou desbloqueado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="48" />
            <source>Choose the planned activity this event counts toward.</source>
            <translation>Escolha a atividade prevista para a qual este evento conta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="50" />
            <source>Give the event a title.</source>
            <translation>Dê um título ao evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="52" />
            <source>Enter the start date.</source>
            <translation>Informe a data de início.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="54" />
            <source>The end date is before the start date.</source>
            <translation>A data de término é anterior à data de início.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="56" />
            <source>Choose at least one beneficiary member state.</source>
            <translation>Escolha pelo menos um Estado membro beneficiário.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="60" />
            <source>Counts cannot be negative.</source>
            <translation>As contagens não podem ser negativas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="64" />
            <source>The total ({total}) is not the sum of women, men and not recorded ({sum}).</source>
            <translation>O total ({total}) não é a soma de mulheres, homens e sem registro ({sum}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="68" />
            <source>Satisfaction is an average between 1 and 5.</source>
            <translation>A satisfação deve ser uma média entre 1 e 5.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="72" />
            <source>Test averages are between 0 and 100.</source>
            <translation>As médias dos testes devem estar entre 0 e 100.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="74" />
            <source>An event that has not started yet cannot be completed.</source>
            <translation>Um evento que ainda não começou não pode estar concluído.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="76" />
            <source>The event is outside the work plan's year ({year}); it will not count toward this year's targets.</source>
            <translation>O evento está fora do ano do Plano de Trabalho ({year}); não contará para as metas deste ano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="80" />
            <source>The event ends outside the work plan's year ({year}): check the end date.</source>
            <translation>O evento termina fora do ano do plano de trabalho ({year}): verifique a data de término.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="84" />
            <source>The event lasts {days} days, more than a year: check the dates.</source>
            <translation>O evento dura {days} dias, mais de um ano: verifique as datas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/validation.py" line="89" />
            <source>Every person on the roster needs a name.</source>
            <translation>Cada pessoa da lista nominal precisa ter um nome.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="319" />
            <source>This event was completed: say why it is being changed.</source>
            <translation>Este evento foi concluído: informe por que está sendo alterado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="336" />
            <source>Someone else saved this event while you were editing it. Now: {changes}. Nothing of yours was saved.</source>
            <translation>Outra pessoa salvou este evento enquanto você o editava. Agora: {changes}. Nada do que você fez foi salvo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/writing.py" line="377" />
            <source>A reporting period was locked or opened meanwhile: nothing was saved. Try again to check the rows against the periods as they are now.</source>
            <translation>Enquanto isso, um período de relatório foi bloqueado ou reaberto: nada foi salvo. Tente novamente para verificar as linhas em relação aos períodos como estão agora.</translation>
        </message>
        <message>
            <source>{count} organisations</source>
            <translation type="vanished">{count} organizações</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation type="vanished">{count} pessoas</translation>
        </message>
        <message>
            <source>{count} files</source>
            <translation type="vanished">{count} arquivos</translation>
        </message>
    </context>
    <context>
        <name>EventParticipants</name>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="52" />
            <source>Add person</source>
            <translation>Adicionar pessoa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="54" />
            <source>Remove person</source>
            <translation>Remover pessoa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="56" />
            <source>Import attendance sheet…</source>
            <translation>Importar lista de presença…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="87" />
            <source>Import attendance sheet</source>
            <translation>Importar lista de presença</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="88" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="101" />
            <source>Cannot import the attendance sheet</source>
            <translation>Não é possível importar a lista de presença</translation>
        </message>
    </context>
    <context>
        <name>EventTableModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Date</source>
            <translation>Data</translation>
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
            <translation>Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/event_table.py" line="110" />
            <source>Status</source>
            <translation>Situação</translation>
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
            <translation>Evento não encontrado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="57" />
            <source>This event no longer exists; it may have been deleted.</source>
            <translation>Este evento não existe mais; pode ter sido excluído.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="84" />
            <source>Delete event</source>
            <translation>Excluir evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="84" />
            <source>Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).</source>
            <translation>Excluir “{title}”? Seus números deixarão de contar nos totais do Plano de Trabalho. É possível desfazer (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="86" />
            <source>Keep it</source>
            <translation>Manter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="91" />
            <source>Cannot delete the event</source>
            <translation>Não é possível excluir o evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="95" />
            <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
            <translation>“{title}” excluído. Desfaça com Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="105" />
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="107" />
            <source>Cannot undo</source>
            <translation>Não é possível desfazer</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="107" />
            <source>The event is gone.</source>
            <translation>O evento não existe mais.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="111" />
            <source>Event restored.</source>
            <translation>Evento restaurado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="135" />
            <source>Restore unsaved event?</source>
            <translation>Restaurar evento não salvo?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="135" />
            <source>An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): “{title}”. Restore it?</source>
            <translation>Um evento estava sendo digitado quando o CICTE Desktop foi fechado inesperadamente (última cópia em {when}): “{title}”. Deseja restaurá-lo?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="137" />
            <source>untitled</source>
            <translation>sem título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/events.py" line="138" />
            <source>Restore</source>
            <translation>Restaurar</translation>
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
            <translation>todas as datas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="181" />
            <source>No work plan for {years}: their events are listed in the Events sheet but measured against no plan.</source>
            <translation>Não há plano de trabalho para {years}: os seus eventos constam da folha Eventos, mas não são medidos em relação a nenhum plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="191" />
            <source>all member states</source>
            <translation>todos os Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="192" />
            <source>work area {number}</source>
            <translation>área de trabalho {number}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="192" />
            <source>all work areas</source>
            <translation>todas as áreas de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx.py" line="197" />
            <source>{symbol} · Period: {period} · {state} · {area} · Exported {when}</source>
            <translation>{symbol} · Período: {period} · {state} · {area} · Exportado em {when}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="203" />
            <source>Work area / program</source>
            <translation>Área de trabalho / programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Women</source>
            <translation>Mulheres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Men</source>
            <translation>Homens</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Sex not recorded</source>
            <translation>Sexo sem registro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="205" />
            <source>Member states reached</source>
            <translation>Estados membros alcançados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="221" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="222" />
            <source>Summary by work area and program</source>
            <translation>Resumo por área de trabalho e programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Numbering</source>
            <translation>Numeração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="230" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="231" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="231" />
            <source>Upon request</source>
            <translation>Mediante solicitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="232" />
            <source>Amended</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="241" />
            <source>Work area</source>
            <translation>Área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="245" />
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="251" />
            <source>Project</source>
            <translation>Projeto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="255" />
            <source>Planned activity</source>
            <translation>Atividade prevista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="256" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="258" />
            <source>Work plan</source>
            <translation>Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="267" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="284" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="303" />
            <source>Member state</source>
            <translation>Estado membro</translation>
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
            <translation>{number}. mulheres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="309" />
            <source>{number}. men</source>
            <translation>{number}. homens</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="310" />
            <source>All work areas</source>
            <translation>Todas as áreas de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total events</source>
            <translation>Total de eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total women</source>
            <translation>Total de mulheres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="311" />
            <source>Total men</source>
            <translation>Total de homens</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="333" />
            <source>Events and participants by member state and work area</source>
            <translation>Eventos e participantes por Estado membro e área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="335" />
            <source>An event that served several member states counts in the row of each, and once in the total.</source>
            <translation>Um evento que beneficiou vários Estados membros conta na linha de cada um, e uma única vez no total.</translation>
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
            <translation>Participantes (dados pessoais)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Event ID</source>
            <translation>ID do evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="345" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="346" />
            <source>Institution</source>
            <translation>Instituição</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/xlsx_sheets.py" line="347" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="26" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="27" />
            <source>By member state</source>
            <translation>Por Estado membro</translation>
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
            <translation>Data de término</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="41" />
            <source>Plan path</source>
            <translation>Caminho no plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="42" />
            <source>Modality</source>
            <translation>Modalidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>Member states</source>
            <translation>Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>Venue</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="43" />
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="44" />
            <source>Partner organisations</source>
            <translation>Organizações parceiras</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="44" />
            <source>Lead trainer</source>
            <translation>Instrutor principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="45" />
            <source>Experts</source>
            <translation>Especialistas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="45" />
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="47" />
            <source>Institutions</source>
            <translation>Instituições</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="48" />
            <source>Units toward target</source>
            <translation>Unidades para a meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="48" />
            <source>Satisfaction (1-5)</source>
            <translation>Satisfação (1-5)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="49" />
            <source>Pre-test average</source>
            <translation>Média do pré-teste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="49" />
            <source>Post-test average</source>
            <translation>Média do pós-teste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="50" />
            <source>Follow-up needed</source>
            <translation>Requer acompanhamento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="50" />
            <source>Follow-up notes</source>
            <translation>Notas de acompanhamento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Outcomes</source>
            <translation>Resultados obtidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workbook_layout.py" line="51" />
            <source>Plan year</source>
            <translation>Ano do plano</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Meta</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Alcançado</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation type="vanished">% da meta</translation>
        </message>
    </context>
    <context>
        <name>ExcelImport</name>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="50" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>Não foi possível ler {name} como pasta de trabalho do Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="86" />
            <source>{name} was refused: its part {part} declares a document type or entities, which workbooks never do (a known way to attack the program that reads it).</source>
            <translation>{name} foi recusado: sua parte {part} declara um tipo de documento ou entidades, o que pastas de trabalho nunca fazem (uma forma conhecida de atacar o programa que o lê).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="90" />
            <source>{name} is damaged or was altered: its part {part} is not well-formed XML ({detail}).</source>
            <translation>{name} está danificado ou foi alterado: sua parte {part} não é XML bem formado ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="100" />
            <source>it is not a zip archive, as workbooks are.</source>
            <translation>não é um arquivo zip, como são as pastas de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="106" />
            <source>it is a zip archive, but not of a workbook.</source>
            <translation>é um arquivo zip, mas não de uma pasta de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="108" />
            <source>it holds {count} files, more than a workbook does.</source>
            <translation>contém {count} arquivos, mais do que uma pasta de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="115" />
            <source>{name} was refused: its part {part} would unpack to {size} MB, far more than a workbook of events holds (a "zip bomb").</source>
            <translation>{name} foi recusado: sua parte {part} ocuparia {size} MB descompactada, muito mais do que uma pasta de trabalho de eventos contém (uma "bomba zip").</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="139" />
            <source>it is a folder.</source>
            <translation>é uma pasta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="143" />
            <source>{name} does not exist (any more?).</source>
            <translation>{name} não existe (mais?).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="149" />
            <source>it is empty.</source>
            <translation>está vazio.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="149" />
            <source>it is {size} MB, far more than a workbook of events.</source>
            <translation>tem {size} MB, muito mais do que uma pasta de trabalho de eventos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="186" />
            <source>{name} has no Events sheet; export one from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} não contém a planilha Eventos; exporte-a do CICTE Desktop, edite-a e importe-a novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="189" />
            <source>{name} was refused: its Events sheet declares {rows} rows and {columns} columns, more than a worksheet can have.</source>
            <translation>{name} foi recusado: sua planilha de eventos declara {rows} linhas e {columns} colunas, mais do que uma planilha pode ter.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="219" />
            <source>{name} holds more than {count} events; import it in parts.</source>
            <translation>{name} contém mais de {count} eventos; importe-o em partes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_files.py" line="225" />
            <source>{name}: row {row} of the Events sheet cannot be read ({detail}); the workbook was damaged or altered.</source>
            <translation>{name}: a linha {row} da planilha de eventos não pode ser lida ({detail}); a pasta de trabalho foi danificada ou alterada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="142" />
            <source>The Events sheet of {name} lacks the columns {columns}.</source>
            <translation>Faltam na planilha Eventos de {name} as colunas {columns}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="181" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="196" />
            <source>{column}: {problem}</source>
            <translation>{column}: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="202" />
            <source>holds a formula ({formula}); the import takes typed values only: type the value, or copy the column and paste it as values</source>
            <translation>contém uma fórmula ({formula}); a importação aceita apenas valores digitados: digite o valor, ou copie a coluna e cole-a como valores</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="206" />
            <source>holds the error {value}</source>
            <translation>contém o erro {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="244" />
            <source>unknown {column} “{value}”</source>
            <translation>valor desconhecido em {column}: “{value}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="251" />
            <source>unknown plan path “{path}”</source>
            <translation>caminho no plano desconhecido “{path}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="263" />
            <source>“{name}” is listed twice</source>
            <translation>“{name}” aparece duas vezes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="268" />
            <source>unknown member state “{name}”</source>
            <translation>Estado membro desconhecido “{name}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="269" />
            <source>unknown partner organisation “{name}”</source>
            <translation>organização parceira desconhecida “{name}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="276" />
            <source>“{value}” is neither {yes} nor {no}</source>
            <translation>“{value}” não é nem {yes} nem {no}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="279" />
            <source>the same event ID appears twice</source>
            <translation>o mesmo ID de evento aparece duas vezes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="300" />
            <source>no event has this ID (deleted, or from another database)</source>
            <translation>nenhum evento tem este ID (excluído ou de outro banco de dados)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="330" />
            <source>Nothing was imported: fix the rows with problems first.</source>
            <translation>Nada foi importado: corrija primeiro as linhas com problemas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="334" />
            <source>Imported from {name}</source>
            <translation>Importado de {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="340" />
            <source>Nothing was imported: {reason}</source>
            <translation>Nada foi importado: {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="342" />
            <source>Nothing was imported: an event of the workbook was deleted meanwhile; import it again.</source>
            <translation>Nada foi importado: um evento da pasta de trabalho foi excluído nesse meio-tempo; importe-a de novo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/events/workbook_import.py" line="345" />
            <source>Nothing was imported: the database refuses a row of the workbook ({detail}).</source>
            <translation>Nada foi importado: o banco de dados recusa uma linha da pasta de trabalho ({detail}).</translation>
        </message>
        <message>
            <source>bad date</source>
            <translation type="vanished">data inválida</translation>
        </message>
        <message>
            <source>a number column holds text</source>
            <translation type="vanished">uma coluna numérica contém texto</translation>
        </message>
        <message>
            <source>member state “{name}” is listed twice</source>
            <translation type="vanished">o Estado membro “{name}” aparece duas vezes</translation>
        </message>
        <message>
            <source>partner organisation “{name}” is listed twice</source>
            <translation type="vanished">a organização parceira “{name}” aparece duas vezes</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="6" />
            <source>Export Excel workbook</source>
            <translation>Exportar para Excel</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="12" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="25" />
            <source>Work area</source>
            <translation>Área de trabalho</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="38" />
            <source>Member state</source>
            <translation>Estado membro</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="51" />
            <source>Personal data</source>
            <translation>Dados pessoais</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="61" />
            <source>Personal data: leave this off for reports that leave the Secretariat.</source>
            <translation>Dados pessoais: deixe desmarcado nos relatórios que saem da Secretaria.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="64" />
            <source>Include the participants' names, e-mails and phones</source>
            <translation>Incluir nomes, e-mails e telefones dos participantes</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="71" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="81" />
            <source>Sheet names, headings and the work plan's titles are written in this language.</source>
            <translation>Os nomes das planilhas, os cabeçalhos e os títulos do Plano de Trabalho são gravados neste idioma.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="88" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/export_dialog.ui" line="103" />
            <source>Choose…</source>
            <translation>Escolher…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="40" />
            <source>All work areas</source>
            <translation>Todas as áreas de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="44" />
            <source>All member states</source>
            <translation>Todos os Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="75" />
            <source>This period covers several years: the workbook has a Summary, Work plan and By member state sheet for each work plan year, measured against that year's plan, and one Events sheet with every event. Years without a work plan are named in a note.</source>
            <translation>Este período abrange vários anos: a pasta de trabalho tem uma folha Resumo, Plano de trabalho e Por Estado membro para cada ano com plano de trabalho, medida em relação ao plano desse ano, e uma folha Eventos com todos os eventos. Os anos sem plano de trabalho são indicados numa nota.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/export_dialog.py" line="84" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>A whole year</source>
            <translation type="vanished">Ano inteiro</translation>
        </message>
        <message>
            <source>January-June</source>
            <translation type="vanished">Janeiro a junho</translation>
        </message>
        <message>
            <source>July-December</source>
            <translation type="vanished">Julho a dezembro</translation>
        </message>
        <message>
            <source>Dates of my choice</source>
            <translation type="vanished">Outras datas</translation>
        </message>
        <message>
            <source>to</source>
            <translation type="vanished">a</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation type="vanished">Datas</translation>
        </message>
    </context>
    <context>
        <name>FieldPackage</name>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="105" />
            <source>{name} holds a record this database refuses ({detail}). Nothing was imported.</source>
            <translation>{name} contém um registro que este banco de dados recusa ({detail}). Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="109" />
            <source>{name} was refused: its attached files are larger than a field package may hold ({member}). Nothing was imported.</source>
            <translation>{name} foi recusado: seus arquivos anexos excedem o que um pacote de campo pode conter ({member}). Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="113" />
            <source>{name} is damaged: the attached file {member} does not match its checksum. Nothing was imported.</source>
            <translation>{name} está danificado: o arquivo anexado {member} não corresponde à sua soma de verificação. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="123" />
            <source>{name} is not signed. Nothing was imported.</source>
            <translation>{name} não está assinado. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="125" />
            <source>{name} was signed with a new key for {device} (fingerprint {fingerprint}), not the one confirmed here; nothing was imported. Compare the fingerprint with {device} and confirm it.</source>
            <translation>{name} foi assinado com uma chave nova de {device} (impressão digital {fingerprint}), não a confirmada aqui; nada foi importado. Compare a impressão digital com {device} e confirme-a.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="128" />
            <source>{name} comes from {device}, which now says it is headquarters (fingerprint {fingerprint}); nothing was imported. Confirm it only if it really is.</source>
            <translation>{name} vem de {device}, que agora diz ser a sede (impressão digital {fingerprint}); nada foi importado. Confirme somente se realmente for.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/apply.py" line="131" />
            <source>{name} comes from {device}, a sender this computer does not know yet (fingerprint {fingerprint}); nothing was imported. Compare the fingerprint with {device} and confirm it.</source>
            <translation>{name} vem de {device}, um remetente que este computador ainda não conhece (impressão digital {fingerprint}); nada foi importado. Compare a impressão digital com {device} e confirme-a.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Devices</source>
            <translation>Computadores</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Work plans</source>
            <translation>Planos de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="31" />
            <source>Work areas</source>
            <translation>Áreas de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Programs</source>
            <translation>Programas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Projects</source>
            <translation>Projetos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="32" />
            <source>Planned activities</source>
            <translation>Atividades previstas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="33" />
            <source>Member states</source>
            <translation>Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="33" />
            <source>Partner organisations</source>
            <translation>Organizações parceiras</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Mandates</source>
            <translation>Mandatos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Translated titles</source>
            <translation>Títulos traduzidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="34" />
            <source>Plan history</source>
            <translation>Histórico do plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="35" />
            <source>Reporting periods</source>
            <translation>Períodos de relatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="36" />
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="36" />
            <source>Member states of events</source>
            <translation>Estados membros dos eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="37" />
            <source>Partners of events</source>
            <translation>Parceiros dos eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="37" />
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="38" />
            <source>Attached files</source>
            <translation>Arquivos anexados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="38" />
            <source>History of changes</source>
            <translation>Histórico de alterações</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="65" />
            <source>{period}, locked</source>
            <translation>{period}, bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/conflicts.py" line="65" />
            <source>{period}, open</source>
            <translation>{period}, aberto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="372" />
            <source>{record} — event “{title}”</source>
            <translation>{record} — evento “{title}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="405" />
            <source>This package refers to {kind} that this database does not have ({count}, for example {uuid}). Only headquarters' packages change the work plan and its reference data, so {device}'s changes to them were not imported, nor can the records that refer to them be. If {device} made them (a plan started or edited on a laptop stays on it), ask headquarters to make the same change and send it here, then import this package again; if they came from headquarters, import headquarters' package first.</source>
            <translation>Este pacote refere-se a {kind} que esta base de dados não tem ({count}, por exemplo {uuid}). Só os pacotes da sede alteram o plano de trabalho e os seus dados de referência, por isso as alterações de {device} não foram importadas, nem podem ser os registos que se referem a elas. Se foi {device} que as fez (um plano criado ou editado num portátil fica nele), peça à sede que faça a mesma alteração e a envie para cá e importe de novo este pacote; se vieram da sede, importe primeiro o pacote da sede.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/import_plan.py" line="415" />
            <source>This package refers to {count} {kind} that this database does not have (for example {uuid}). It needs an earlier package from {device} that was not imported here, or a newer version of CICTE Desktop. Import that package first, or ask {device} for a complete package (Export with “everything”).</source>
            <translation>Este pacote faz referência a {count} {kind} que este banco de dados não tem (por exemplo, {uuid}). Ele requer um pacote anterior de {device} que não foi importado aqui, ou uma versão mais recente do CICTE Desktop. Importe primeiro esse pacote ou peça a {device} um pacote completo (Exportar com “tudo”).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/outgoing.py" line="60" />
            <source>Name the destination (for example Headquarters).</source>
            <translation>Informe o destino (por exemplo, Sede).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/outgoing.py" line="174" />
            <source>This package would carry participants' names, e-mails or phones (personal data) without a passphrase.</source>
            <translation>Este pacote levaria nomes, e-mails ou telefones de participantes (dados pessoais) sem frase secreta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="62" />
            <source>it ends too early</source>
            <translation>termina antes do tempo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="62" />
            <source>unreadable data</source>
            <translation>dados ilegíveis</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="63" />
            <source>{name} is damaged: its part {member} cannot be read ({detail}). Nothing was imported; copy the package again from where it was made.</source>
            <translation>{name} está danificado: não é possível ler a parte {member} ({detail}). Nada foi importado; copie o pacote novamente a partir do local onde foi gerado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="69" />
            <source>{name} was refused: its part {member} is larger than a field package may hold. Nothing was imported.</source>
            <translation>{name} foi recusado: a parte {member} é maior do que um pacote de campo pode conter. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="77" />
            <source>{name} was refused: it holds too many files ({count}). Nothing was imported.</source>
            <translation>{name} foi recusado: contém arquivos demais ({count}). Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="84" />
            <source>{name} was refused: it holds a file named {member}, which points outside the package's folder. Nothing was imported.</source>
            <translation>{name} foi recusado: contém um arquivo chamado {member}, que aponta para fora da pasta do pacote. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="88" />
            <source>{name} was refused: it holds {member} twice. Nothing was imported.</source>
            <translation>{name} foi recusado: contém {member} duas vezes. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="92" />
            <source>{name} is not a CICTE Desktop field package: it holds {member}, which no package holds.</source>
            <translation>{name} não é um pacote de campo do CICTE Desktop: contém {member}, que nenhum pacote contém.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="99" />
            <source>{name} was refused as tampered with: its signature does not match its content, so it was changed after it was made, or made by someone other than the computer it names. Nothing was imported.</source>
            <translation>{name} foi recusado como adulterado: sua assinatura não corresponde ao conteúdo, então foi alterado depois de criado, ou criado por alguém que não o computador que ele nomeia. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="110" />
            <source>{name} was refused: it is not signed, so nothing tells who made it (packages made by earlier versions of CICTE Desktop are not signed: make it again with this version). Nothing was imported.</source>
            <translation>{name} foi recusado: não está assinado, então nada indica quem o criou (pacotes de versões anteriores do CICTE Desktop não são assinados: crie-o de novo com esta versão). Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="136" />
            <source>{field} is missing or wrong</source>
            <translation>{field} ausente ou incorreto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="160" />
            <source>an unknown kind of compression</source>
            <translation>um tipo de compressão desconhecido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="162" />
            <source>{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing was imported.</source>
            <translation>{name} está danificado ou foi alterado depois de gravado: {member} não corresponde à sua soma de verificação. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="181" />
            <source>{name} was refused: it holds more data than a field package may. Nothing was imported.</source>
            <translation>{name} foi recusado: contém mais dados do que um pacote de campo pode conter. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="207" />
            <source>{name} is not a CICTE Desktop field package (its manifest is not one).</source>
            <translation>{name} não é um pacote de campo do CICTE Desktop (seu manifesto não é de um pacote de campo).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="239" />
            <source>{name} holds records of a kind this version of CICTE Desktop does not know ({table}). Install the newer version to import it.</source>
            <translation>{name} contém registros de um tipo que esta versão do CICTE Desktop não conhece ({table}). Instale a versão mais recente para importá-lo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="243" />
            <source>its columns are wrong</source>
            <translation>colunas incorretas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="246" />
            <source>{name} holds information this version of CICTE Desktop does not know ({table}.{column}). Install the newer version to import it.</source>
            <translation>{name} contém informações que esta versão do CICTE Desktop não conhece ({table}.{column}). Instale a versão mais recente para importá-lo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="252" />
            <source>{name} was refused: {problem}. Nothing was imported.</source>
            <translation>{name} foi recusado: {problem}. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_checks.py" line="257" />
            <source>it holds {count} records where its manifest says {declared}</source>
            <translation>contém {count} registros onde seu manifesto diz {declared}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="52" />
            <source>{name} could not be read ({detail}).</source>
            <translation>Não foi possível ler {name} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="67" />
            <source>{name} is not a CICTE Desktop field package.</source>
            <translation>{name} não é um pacote de campo do CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="71" />
            <source>{name} is damaged or incomplete (was it copied only in part?). Nothing was imported; copy the package again from where it was made.</source>
            <translation>{name} está danificado ou incompleto (foi copiado só em parte?). Nada foi importado; copie o pacote novamente a partir do local onde foi gerado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="81" />
            <source>{name} is a folder, not a field package.</source>
            <translation>{name} é uma pasta, não um pacote de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="83" />
            <source>{name} does not exist.</source>
            <translation>{name} não existe.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="85" />
            <source>{name} is an empty file, not a field package.</source>
            <translation>{name} é um arquivo vazio, não um pacote de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="93" />
            <source>missing</source>
            <translation>ausente</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="95" />
            <source>{name} is protected with a passphrase. Enter the passphrase it was exported with.</source>
            <translation>{name} está protegido com frase secreta. Digite a frase secreta usada na exportação.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="124" />
            <source>{name} was protected by a newer version of CICTE Desktop (format {version}). Install the newer version to import it.</source>
            <translation>{name} foi protegido por uma versão mais recente do CICTE Desktop (formato {version}). Instale essa versão para importá-lo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="140" />
            <source>unusable encryption settings</source>
            <translation>configurações de criptografia inutilizáveis</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="143" />
            <source>Wrong passphrase for {name}. Nothing was imported; try again.</source>
            <translation>Frase secreta incorreta para {name}. Nada foi importado; tente novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="157" />
            <source>cut short</source>
            <translation>truncada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="162" />
            <source>{name} is damaged or was changed after it was written: its encrypted content does not check out. Nothing was imported.</source>
            <translation>{name} está danificado ou foi alterado depois de gravado: seu conteúdo criptografado não confere. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="187" />
            <source>{name} is not a CICTE Desktop field package (it has no manifest).</source>
            <translation>{name} não é um pacote de campo do CICTE Desktop (não tem manifesto).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="198" />
            <source>{name} was made by a newer version of CICTE Desktop (package format {version}; this version reads format {supported}). Install the newer version to import it.</source>
            <translation>{name} foi gerado por uma versão mais recente do CICTE Desktop (formato de pacote {version}; esta versão lê o formato {supported}). Instale essa versão para importá-lo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="204" />
            <source>{name} was made by a newer version of CICTE Desktop (database schema {schema}). Install the newer version to import it; nothing was imported.</source>
            <translation>{name} foi gerado por uma versão mais recente do CICTE Desktop (esquema de banco de dados {schema}). Instale essa versão para importá-lo; nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="227" />
            <source>{name} is incomplete: {member} is listed in its manifest but missing. Nothing was imported.</source>
            <translation>{name} está incompleto: {member} consta do manifesto, mas está ausente. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="230" />
            <source>{name} was changed after it was written: it holds {member}, which its manifest does not list. Nothing was imported.</source>
            <translation>{name} foi alterado depois de gravado: contém {member}, que não consta do manifesto. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="249" />
            <source>{name} was refused: it holds the file {member}, which none of its records refers to. Nothing was imported.</source>
            <translation>{name} foi recusado: contém o arquivo {member}, ao qual nenhum de seus registros se refere. Nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="292" />
            <source>The passphrase needs at least {count} characters.</source>
            <translation>A frase secreta precisa ter pelo menos {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="302" />
            <source>The passphrase file {path} could not be read ({detail}).</source>
            <translation>Não foi possível ler o arquivo de frase secreta {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/package_reader.py" line="306" />
            <source>The passphrase file {path} is empty.</source>
            <translation>O arquivo de frase secreta {path} está vazio.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="87" />
            <source>The signing key {path} is damaged ({detail}). Move it aside to make a new one; the computers that trust this one will then have to confirm it again.</source>
            <translation>A chave de assinatura {path} está danificada ({detail}). Mova-a para criar uma nova; os computadores que confiam neste terão de confirmá-la de novo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="92" />
            <source>The signing key {path} is not an Ed25519 key.</source>
            <translation>A chave de assinatura {path} não é uma chave Ed25519.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="193" />
            <source>It says it is this database's headquarters.</source>
            <translation>Ele diz ser a sede deste banco de dados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="194" />
            <source>It says it is a laptop.</source>
            <translation>Ele diz ser um notebook.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="196" />
            <source>{name} signed this package with a new key, not the one confirmed here before. Import it only if {name} really made a new key (a new installation): compare the fingerprint with its keeper by phone or in person.</source>
            <translation>{name} assinou este pacote com uma chave nova, não a confirmada aqui antes. Importe-o somente se {name} realmente criou uma chave nova (uma nova instalação): compare a impressão digital com o responsável por telefone ou pessoalmente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="200" />
            <source>{name} is trusted here as a laptop and now says it is headquarters. Confirm only if it really became headquarters.</source>
            <translation>{name} é confiável aqui como notebook e agora diz ser a sede. Confirme somente se ele realmente se tornou a sede.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="203" />
            <source>This computer has never received a package from {name}. Compare the fingerprint below with the one {name} shows (Tools &gt; This Computer's Fingerprint), by phone or in person, before you trust it.</source>
            <translation>Este computador nunca recebeu um pacote de {name}. Compare a impressão digital abaixo com a que {name} mostra (Ferramentas &gt; Impressão digital deste computador), por telefone ou pessoalmente, antes de confiar nele.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/sync/trust.py" line="208" />
            <source>{old} is headquarters here now; confirming makes {name} headquarters instead.</source>
            <translation>{old} é a sede aqui agora; confirmar torna {name} a sede no lugar dele.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Deleted</source>
            <translation>Excluído</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="132" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="133" />
            <source>Institution</source>
            <translation>Instituição</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="134" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="135" />
            <source>Checksum</source>
            <translation>Soma de verificação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="136" />
            <source>Size (bytes)</source>
            <translation>Tamanho (bytes)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="136" />
            <source>Kind of file</source>
            <translation>Tipo de arquivo</translation>
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
            <translation>Unidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="138" />
            <source>Note</source>
            <translation>Observação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="147" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="147" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <source>headquarters</source>
            <translation type="vanished">sede</translation>
        </message>
        <message>
            <source>laptop</source>
            <translation type="vanished">notebook</translation>
        </message>
        <message>
            <source>A computer is either headquarters or a laptop.</source>
            <translation type="vanished">Um computador é a sede ou um notebook.</translation>
        </message>
        <message>
            <source>a record has the wrong number of values</source>
            <translation type="vanished">um registro tem o número errado de valores</translation>
        </message>
        <message>
            <source>record {uuid} has a wrong identity or time stamp</source>
            <translation type="vanished">o registro {uuid} tem identidade ou data/hora inválida</translation>
        </message>
        <message>
            <source>a record holds a list or an object where a value goes</source>
            <translation type="vanished">um registro contém uma lista ou um objeto onde vai um valor</translation>
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
            <translation>Alcançado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="177" />
            <source>Counted toward target</source>
            <translation>Computado para a meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="178" />
            <source>Progress</source>
            <translation>Progresso</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="179" />
            <source>Expected by now</source>
            <translation>Esperado até agora</translation>
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
            <translation>Parcela do alcançado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="192" />
            <source>Met</source>
            <translation>Cumprida</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="193" />
            <source>On track</source>
            <translation>No rumo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="194" />
            <source>Behind</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="195" />
            <source>Not started</source>
            <translation>Não iniciado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="196" />
            <source>No numeric target</source>
            <translation>Sem meta numérica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="197" />
            <source>Contribution</source>
            <translation>Contribuição</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/figures.py" line="203" />
            <source>{percent}%</source>
            <translation>{percent}%</translation>
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
            <translation>Não é possível gravar {path} ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="50" />
            <source>{path} is a link to {target}: it was not replaced. Give the path of the file itself, or another name.</source>
            <translation>{path} é um link para {target}: não foi substituído. Indique o caminho do próprio arquivo ou outro nome.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="53" />
            <source>{path} is a folder: give the name of a file to write in it.</source>
            <translation>{path} é uma pasta: indique o nome de um arquivo a ser gravado nela.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/files.py" line="55" />
            <source>{path} is a device or a special file, not a file: it was not replaced. Give the name of a file.</source>
            <translation>{path} é um dispositivo ou um arquivo especial, não um arquivo: não foi substituído. Indique o nome de um arquivo.</translation>
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
            <translation>Redefinir filtros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="71" />
            <source>All member states, types and statuses, over the work plan's year</source>
            <translation>Todos os Estados membros, tipos e situações, no ano do Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="79" />
            <source>Member state</source>
            <translation>Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="79" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="80" />
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="80" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/filter_bar.py" line="81" />
            <source>Status</source>
            <translation>Situação</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="40" />
            <source>Search the guide</source>
            <translation>Buscar no guia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="47" />
            <source>Topics</source>
            <translation>Tópicos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="55" />
            <source>Back</source>
            <translation>Voltar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="59" />
            <source>Forward</source>
            <translation>Avançar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="65" />
            <source>Topic</source>
            <translation>Tópico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="132" />
            <source>CICTE Desktop User Guide — {topic}</source>
            <translation>Guia do usuário do CICTE Desktop — {topic}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/help_browser.py" line="172" />
            <source>Menu</source>
            <translation>Menu</translation>
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
            <translation>Novo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>Changed</source>
            <translation>Alterado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="19" />
            <source>Unchanged</source>
            <translation>Sem alteração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="20" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="24" />
            <source>Rows of the workbook</source>
            <translation>Linhas da pasta de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>What happens</source>
            <translation>O que acontece</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="25" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="26" />
            <source>Changes or problems</source>
            <translation>Alterações ou problemas</translation>
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
                <numerusform>%n novo</numerusform>
                <numerusform>%n novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="41" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n alterado</numerusform>
                <numerusform>%n alterados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="42" />
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n sem alteração</numerusform>
                <numerusform>%n sem alteração</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/import_preview.py" line="43" />
            <source>%n with problems</source>
            <translation>
                <numerusform>%n com problemas</numerusform>
                <numerusform>%n com problemas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="45" />
            <source>Nothing is written until you press Import, and then everything at once. Rows with problems block the import: correct them in the workbook and import it again.</source>
            <translation>Nada é gravado até você clicar em Importar; então tudo é gravado de uma só vez. Linhas com problemas impedem a importação: corrija-as na pasta de trabalho e importe-a novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="48" />
            <source>Nothing is written until you press Import, and then everything at once.</source>
            <translation>Nada é gravado até você clicar em Importar; então tudo é gravado de uma só vez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/import_preview.py" line="51" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} with problems.</source>
            <translation type="vanished">{new} novos, {changed} alterados, {unchanged} sem alteração, {rejected} com problemas.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="207" />
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="104" />
            <source>CICTE Desktop</source>
            <translation>CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="110" />
            <source>Work plan</source>
            <translation>Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="172" />
            <source>The work plan to show</source>
            <translation>Plano de Trabalho a exibir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="175" />
            <source>Search</source>
            <translation>Pesquisar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="177" />
            <source>Search the plan and events (Ctrl+F)</source>
            <translation>Pesquisar no plano e nos eventos (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/main_window.py" line="181" />
            <source>Finds plan items and events whose words start with what you type, and events by member state, by name or code (Jamaica, JAM); accents ignored, events from 3 letters on. Escape clears the search.</source>
            <translation>Encontra itens do plano e eventos com palavras que começam pelo texto digitado, e eventos por Estado membro, por nome ou código (Jamaica, JAM); sem considerar acentos, eventos a partir de 3 letras. Esc limpa a pesquisa.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="30" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="31" />
            <source>Eve&amp;nts</source>
            <translation>E&amp;ventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="32" />
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="33" />
            <source>&amp;Plan</source>
            <translation>&amp;Plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="34" />
            <source>&amp;Tools</source>
            <translation>&amp;Ferramentas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="35" />
            <source>&amp;Help</source>
            <translation>A&amp;juda</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="37" />
            <source>&amp;New Event…</source>
            <translation>&amp;Novo evento…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="40" />
            <source>Log a mission, workshop, course... under the selected planned activity (Ctrl+N)</source>
            <translation>Registrar missão, oficina, curso... na atividade prevista selecionada (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="42" />
            <source>&amp;Export Excel Workbook…</source>
            <translation>&amp;Exportar para Excel…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="45" />
            <source>Export &amp;PDF Report…</source>
            <translation>Exportar relatório &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="48" />
            <source>The semi-annual implementation report, a member-state report or certificates of participation, previewed before saving (Ctrl+R)</source>
            <translation>Relatório semestral de execução, relatório por Estado membro ou certificados de participação, com visualização antes de salvar (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="51" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="75" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Abrir banco de dados…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="80" />
            <source>&amp;Connect to Server…</source>
            <translation>Co&amp;nectar a um servidor…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="81" />
            <source>Headquarters' database on a PostgreSQL server</source>
            <translation>O banco de dados da sede em um servidor PostgreSQL</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="85" />
            <source>&amp;Back Up To…</source>
            <translation>Fazer &amp;backup em…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="88" />
            <source>&amp;Restore From Backup…</source>
            <translation>&amp;Restaurar backup…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="94" />
            <source>&amp;Import Events From Excel…</source>
            <translation>&amp;Importar eventos do Excel…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="100" />
            <source>Export &amp;Field Package…</source>
            <translation>Exportar pacote de &amp;campo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="102" />
            <source>What was logged or changed here, in one file for headquarters or another laptop</source>
            <translation>O que foi registrado ou alterado aqui, em um só arquivo para a sede ou outro computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="105" />
            <source>Import Field Pac&amp;kage…</source>
            <translation>Importar pacote de ca&amp;mpo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="110" />
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="117" />
            <source>&amp;Find…</source>
            <translation>&amp;Localizar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="123" />
            <source>&amp;Undo Delete</source>
            <translation>&amp;Desfazer exclusão</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="130" />
            <source>Translated &amp;Titles…</source>
            <translation>&amp;Títulos traduzidos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="131" />
            <source>The Spanish, French and Portuguese titles of the selected plan item</source>
            <translation>Títulos em espanhol, francês e português do item do plano selecionado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="134" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferências…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="143" />
            <source>&amp;Expand All</source>
            <translation>&amp;Expandir tudo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="147" />
            <source>&amp;Collapse All</source>
            <translation>&amp;Recolher tudo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="150" />
            <source>&amp;Reset Filters</source>
            <translation>Redefinir &amp;filtros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="154" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Painel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="156" />
            <source>The year's work in charts: progress, events by month, participants and the member states reached (Ctrl+Shift+D)</source>
            <translation>O trabalho do ano em gráficos: progresso, eventos por mês, participantes e Estados membros alcançados (Ctrl+Shift+D)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="168" />
            <source>&amp;New Work Plan…</source>
            <translation>&amp;Novo plano de trabalho…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="169" />
            <source>Start a year's work plan from an earlier one</source>
            <translation>Iniciar o plano de trabalho de um ano a partir de um anterior</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="172" />
            <source>&amp;Edit Work Plan…</source>
            <translation>&amp;Editar plano de trabalho…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="174" />
            <source>Add, rename, move or retire items of the year's plan, with a reason for every change</source>
            <translation>Adicionar, renomear, mover ou retirar itens do plano do ano, com um motivo para cada alteração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="179" />
            <source>E&amp;xport Plan Workbook…</source>
            <translation>E&amp;xportar pasta de trabalho do plano…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="181" />
            <source>The year's plan as a workbook, one row per item, to draft changes or next year's plan in Excel</source>
            <translation>O plano do ano como pasta de trabalho, uma linha por item, para redigir alterações ou o plano do ano seguinte no Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="184" />
            <source>&amp;Import Plan Workbook…</source>
            <translation>&amp;Importar pasta de trabalho do plano…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="186" />
            <source>Preview what a plan workbook adds, changes and retires, then make the changes with a reason</source>
            <translation>Ver o que uma pasta de trabalho do plano adiciona, altera e retira, e fazer as alterações com um motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="192" />
            <source>&amp;Privacy…</source>
            <translation>&amp;Privacidade…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="194" />
            <source>&amp;Check the Database</source>
            <translation>&amp;Verificar o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="199" />
            <source>&amp;Device Name…</source>
            <translation>&amp;Nome do computador…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="201" />
            <source>Conflict &amp;History…</source>
            <translation>&amp;Histórico de conflitos…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="204" />
            <source>This Computer Is Head&amp;quarters</source>
            <translation>Este computador é a &amp;sede</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="208" />
            <source>This Computer's &amp;Fingerprint…</source>
            <translation>&amp;Impressão digital deste computador…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="214" />
            <source>Open &amp;Log Folder</source>
            <translation>Abrir pasta de &amp;logs</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="217" />
            <source>&amp;About CICTE Desktop</source>
            <translation>&amp;Sobre o CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="220" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guia do usuário</translation>
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
            <translation>&amp;Excluir evento…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="239" />
            <source>&amp;Certificates of Participation…</source>
            <translation>&amp;Certificados de participação…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="240" />
            <source>One certificate per participant of the selected event, to print</source>
            <translation>Um certificado por participante do evento selecionado, para imprimir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="242" />
            <source>&amp;Reporting Periods…</source>
            <translation>&amp;Períodos de relatório…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="259" />
            <source>&amp;Bigger Text</source>
            <translation>Texto &amp;maior</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="263" />
            <source>&amp;Smaller Text</source>
            <translation>Texto me&amp;nor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/menus.py" line="266" />
            <source>&amp;Normal Text Size</source>
            <translation>&amp;Tamanho de texto normal</translation>
        </message>
        <message>
            <source>{path} is on read-only media: you can view it, check it and export from it, but changes cannot be saved. To make changes, copy it to a folder you can write to and open the copy.</source>
            <translation type="vanished">{path} está em uma mídia somente leitura: você pode consultá-lo, verificá-lo e exportar a partir dele, mas as alterações não podem ser salvas. Para fazer alterações, copie-o para uma pasta em que você possa gravar e abra a cópia.</translation>
        </message>
        <message>
            <source>{year} Work Plan</source>
            <translation type="vanished">Plano de Trabalho {year}</translation>
        </message>
        <message>
            <source>{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</source>
            <translation type="vanished">{symbol} · {areas}, {programs}, {projects}, {activities} · {path}</translation>
        </message>
        <message numerus="yes">
            <source>%n work area(s)</source>
            <translation type="vanished">
                <numerusform>%n área de trabalho</numerusform>
                <numerusform>%n áreas de trabalho</numerusform>
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
                <numerusform>%n projeto</numerusform>
                <numerusform>%n projetos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned activity(ies)</source>
            <translation type="vanished">
                <numerusform>%n atividade prevista</numerusform>
                <numerusform>%n atividades previstas</numerusform>
            </translation>
        </message>
        <message>
            <source>No plan items or events match “{text}”.</source>
            <translation type="vanished">Nenhum item do plano nem evento corresponde a “{text}”.</translation>
        </message>
        <message>
            <source>The search finds words that start with what you type in the plan, in the events' titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).</source>
            <translation type="vanished">A pesquisa encontra palavras que começam pelo que você digita no plano, nos títulos, locais, instrutores e notas dos eventos, e os Estados membros por nome ou código (Jamaica, JAM).</translation>
        </message>
        <message>
            <source>Only events under the current filters are searched: Reset Filters (Ctrl+Shift+R) searches them all.</source>
            <translation type="vanished">Só são pesquisados os eventos dentro dos filtros atuais: Redefinir filtros (Ctrl+Shift+R) pesquisa todos.</translation>
        </message>
        <message>
            <source>No plan items match “{text}”.</source>
            <translation type="vanished">Nenhum item do plano corresponde a “{text}”.</translation>
        </message>
        <message>
            <source>Type at least {count} letters to search the events too.</source>
            <translation type="vanished">Digite pelo menos {count} letras para pesquisar também nos eventos.</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation type="vanished">Área de trabalho</translation>
        </message>
        <message>
            <source>Program</source>
            <translation type="vanished">Programa</translation>
        </message>
        <message>
            <source>Project</source>
            <translation type="vanished">Projeto</translation>
        </message>
        <message>
            <source>Planned activity</source>
            <translation type="vanished">Atividade prevista</translation>
        </message>
        <message>
            <source>Upon request</source>
            <translation type="vanished">Mediante solicitação</translation>
        </message>
        <message>
            <source>no numeric target</source>
            <translation type="vanished">sem meta numérica</translation>
        </message>
        <message>
            <source>No events under this item match “{text}”.</source>
            <translation type="vanished">Nenhum evento deste item corresponde a “{text}”.</translation>
        </message>
        <message>
            <source>No events under this item match the filters. Widen the dates or choose Reset Filters (Ctrl+Shift+R).</source>
            <translation type="vanished">Nenhum evento deste item corresponde aos filtros. Amplie o intervalo de datas ou escolha Redefinir filtros (Ctrl+Shift+R).</translation>
        </message>
        <message>
            <source>No events logged under this {kind} in {year} yet — press Ctrl+N to log one.</source>
            <translation type="vanished">Ainda não há eventos de {year} registrados neste item ({kind}) — pressione Ctrl+N para registrar um.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation type="vanished">Preferências</translation>
        </message>
        <message>
            <source>CICTE Desktop will be in {language} the next time it starts.</source>
            <translation type="vanished">O CICTE Desktop usará o idioma {language} a partir da próxima inicialização.</translation>
        </message>
        <message>
            <source>Translated titles</source>
            <translation type="vanished">Títulos traduzidos</translation>
        </message>
        <message>
            <source>Select a work area, program, project or planned activity first.</source>
            <translation type="vanished">Selecione primeiro uma área de trabalho, programa, projeto ou atividade prevista.</translation>
        </message>
        <message>
            <source>Cannot save the titles</source>
            <translation type="vanished">Não é possível salvar os títulos</translation>
        </message>
        <message>
            <source>The titles could not be written ({detail}). Nothing was changed.</source>
            <translation type="vanished">Não foi possível gravar os títulos ({detail}). Nada foi alterado.</translation>
        </message>
        <message>
            <source>About CICTE Desktop</source>
            <translation type="vanished">Sobre o CICTE Desktop</translation>
        </message>
        <message>
            <source>CICTE Desktop {version}

Plans, logs and reports the capacity-building work of the Secretariat of the Inter-American Committee against Terrorism (OAS).

Database: {path}</source>
            <translation type="vanished">CICTE Desktop {version}

Planeja, registra e relata o trabalho de capacitação da Secretaria do Comitê Interamericano contra o Terrorismo (OEA).

Banco de dados: {path}</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation type="vanished">Não é possível abrir o banco de dados</translation>
        </message>
        <message>
            <source>The database is in use</source>
            <translation type="vanished">O banco de dados está em uso</translation>
        </message>
        <message>
            <source>{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other program is done.</source>
            <translation type="vanished">{problem} Até lá, não é possível salvar alterações; feche o CICTE Desktop e abra-o novamente quando o outro programa terminar.</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation type="vanished">Abrir banco de dados</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation type="vanished">Bancos de dados do CICTE (*.sqlite *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>No automatic backup yet</source>
            <translation type="vanished">Ainda não há backup automático</translation>
        </message>
        <message numerus="yes">
            <source>Last backup: %n hour(s) ago</source>
            <translation type="vanished">
                <numerusform>Último backup: há %n hora</numerusform>
                <numerusform>Último backup: há %n horas</numerusform>
            </translation>
        </message>
        <message>
            <source>Last backup: less than an hour ago</source>
            <translation type="vanished">Último backup: há menos de uma hora</translation>
        </message>
        <message>
            <source>Back Up To</source>
            <translation type="vanished">Fazer backup em</translation>
        </message>
        <message>
            <source>CICTE databases (*.sqlite)</source>
            <translation type="vanished">Bancos de dados do CICTE (*.sqlite)</translation>
        </message>
        <message>
            <source>The backup failed</source>
            <translation type="vanished">Falha no backup</translation>
        </message>
        <message>
            <source>Choose another file: this is the database you are working on.</source>
            <translation type="vanished">Escolha outro arquivo: este é o banco de dados em uso.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation type="vanished">Fazer backup</translation>
        </message>
        <message>
            <source>Copying the database to {path}…</source>
            <translation type="vanished">Copiando o banco de dados para {path}…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation type="vanished">Cancelado: nada foi gravado.</translation>
        </message>
        <message>
            <source>Saved {path}: {events}, {people}.</source>
            <translation type="vanished">{path} salvo: {events}, {people}.</translation>
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
                <numerusform>Observação: %n linha do banco de dados aponta para registros ausentes; Ferramentas &gt; Verificar o banco de dados indica qual.</numerusform>
                <numerusform>Observação: %n linhas do banco de dados apontam para registros ausentes; Ferramentas &gt; Verificar o banco de dados indica quais.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation type="vanished">Restaurar backup</translation>
        </message>
        <message>
            <source>Cannot restore this backup</source>
            <translation type="vanished">Não é possível restaurar este backup</translation>
        </message>
        <message>
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation type="vanished">Este backup foi salvo em {when} no dispositivo {device}. Contém {events} e {people}.

Substituir por ele o banco de dados em uso? Antes, será feito um backup do banco de dados atual.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation type="vanished">Restaurar backup</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation type="vanished">Restaurar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="vanished">Cancelar</translation>
        </message>
        <message>
            <source>The restore failed</source>
            <translation type="vanished">Falha na restauração</translation>
        </message>
        <message>
            <source>Restored. The database as it was is kept in {kept}.</source>
            <translation type="vanished">Restaurado. O banco de dados anterior foi mantido em {kept}.</translation>
        </message>
        <message>
            <source>Check the database</source>
            <translation type="vanished">Verificar o banco de dados</translation>
        </message>
        <message>
            <source>Event not found</source>
            <translation type="vanished">Evento não encontrado</translation>
        </message>
        <message>
            <source>This event no longer exists; it may have been deleted.</source>
            <translation type="vanished">Este evento não existe mais; pode ter sido excluído.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation type="vanished">Excluir evento</translation>
        </message>
        <message>
            <source>Delete “{title}”? Its figures leave the work plan's totals. You can undo this (Ctrl+Z).</source>
            <translation type="vanished">Excluir “{title}”? Seus números deixarão de contar nos totais do Plano de Trabalho. É possível desfazer (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation type="vanished">Manter</translation>
        </message>
        <message>
            <source>Cannot delete the event</source>
            <translation type="vanished">Não é possível excluir o evento</translation>
        </message>
        <message>
            <source>Deleted “{title}”. Undo with Ctrl+Z.</source>
            <translation type="vanished">“{title}” excluído. Desfaça com Ctrl+Z.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation type="vanished">Desfazer</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation type="vanished">Não é possível desfazer</translation>
        </message>
        <message>
            <source>The event is gone.</source>
            <translation type="vanished">O evento não existe mais.</translation>
        </message>
        <message>
            <source>Event restored.</source>
            <translation type="vanished">Evento restaurado.</translation>
        </message>
        <message>
            <source>Restore unsaved event?</source>
            <translation type="vanished">Restaurar evento não salvo?</translation>
        </message>
        <message>
            <source>An event was being typed when CICTE Desktop closed unexpectedly (last kept {when}): “{title}”. Restore it?</source>
            <translation type="vanished">Um evento estava sendo digitado quando o CICTE Desktop foi fechado inesperadamente (última cópia em {when}): “{title}”. Deseja restaurá-lo?</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation type="vanished">sem título</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation type="vanished">Descartar</translation>
        </message>
        <message>
            <source>Cannot export this period</source>
            <translation type="vanished">Não é possível exportar este período</translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="vanished">Exportar</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation type="vanished">Gravando {name}…</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation type="vanished">Cancelado: nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <source>The export failed</source>
            <translation type="vanished">Falha na exportação</translation>
        </message>
        <message>
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation type="vanished">Não foi possível gravar {path} ({detail}). Nenhum arquivo parcial foi deixado.</translation>
        </message>
        <message>
            <source>Wrote {path}: {events}.</source>
            <translation type="vanished">{path} gravado: {events}.</translation>
        </message>
        <message>
            <source>Export Plan Workbook</source>
            <translation type="vanished">Exportar pasta de trabalho do plano</translation>
        </message>
        <message>
            <source>Work plan {year}.xlsx</source>
            <translation type="vanished">Plano de trabalho {year}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="vanished">Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then import it with Plan &gt; Import Plan Workbook….</source>
            <translation type="vanished">Gravado {path}: {items} do plano de trabalho {year}. Edite-o no Excel (a folha Como usar explica como) e importe-o com Plano &gt; Importar pasta de trabalho do plano….</translation>
        </message>
        <message numerus="yes">
            <source>%n plan item(s)</source>
            <translation type="vanished">
                <numerusform>%n item</numerusform>
                <numerusform>%n itens</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Plan Workbook</source>
            <translation type="vanished">Importar pasta de trabalho do plano</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation type="vanished">Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation type="vanished">Lendo {name}…</translation>
        </message>
        <message>
            <source>Cannot import this file</source>
            <translation type="vanished">Não é possível importar este arquivo</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="vanished">Nada foi importado</translation>
        </message>
        <message>
            <source>{added}, {changed}, {retired}.</source>
            <translation type="vanished">{added}, {changed}, {retired}.</translation>
        </message>
        <message numerus="yes">
            <source>%n added</source>
            <translation type="vanished">
                <numerusform>%n adicionado</numerusform>
                <numerusform>%n adicionados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation type="vanished">
                <numerusform>%n alterado</numerusform>
                <numerusform>%n alterados</numerusform>
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
            <translation type="vanished">Plano de trabalho {year} criado: {changes}</translation>
        </message>
        <message>
            <source>Changed the {year} work plan: {changes}</source>
            <translation type="vanished">Plano de trabalho {year} alterado: {changes}</translation>
        </message>
        <message>
            <source>The work plan was not created</source>
            <translation type="vanished">O plano de trabalho não foi criado</translation>
        </message>
        <message>
            <source>Started the {year} work plan from the {source} plan.</source>
            <translation type="vanished">O plano de trabalho {year} foi iniciado a partir do plano {source}.</translation>
        </message>
        <message>
            <source>Certificates of participation</source>
            <translation type="vanished">Certificados de participação</translation>
        </message>
        <message>
            <source>This event has no participants on its roster. Add them in the event's form (or import its attendance sheet) to print their certificates.</source>
            <translation type="vanished">Este evento não tem participantes na lista nominal. Adicione-os no formulário do evento (ou importe a lista de presença) para imprimir os certificados.</translation>
        </message>
        <message>
            <source>Cannot make this report</source>
            <translation type="vanished">Não é possível gerar este relatório</translation>
        </message>
        <message>
            <source>PDF report</source>
            <translation type="vanished">Relatório PDF</translation>
        </message>
        <message>
            <source>Preparing {name}…</source>
            <translation type="vanished">Preparando {name}…</translation>
        </message>
        <message>
            <source>The report failed</source>
            <translation type="vanished">Falha no relatório</translation>
        </message>
        <message>
            <source>The report could not be written ({detail}).</source>
            <translation type="vanished">Não foi possível gravar o relatório ({detail}).</translation>
        </message>
        <message>
            <source>Import events from Excel</source>
            <translation type="vanished">Importar eventos do Excel</translation>
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
                <numerusform>%n evento criado</numerusform>
                <numerusform>%n eventos criados</numerusform>
            </translation>
        </message>
        <message>
            <source>Export field package</source>
            <translation type="vanished">Exportar pacote de campo</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events}, {records}, {files}.</source>
            <translation type="vanished">{path} gravado para {destination}: {events}, {records}, {files}.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) in all</source>
            <translation type="vanished">
                <numerusform>%n registro no total</numerusform>
                <numerusform>%n registros no total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation type="vanished">
                <numerusform>%n arquivo</numerusform>
                <numerusform>%n arquivos</numerusform>
            </translation>
        </message>
        <message>
            <source>It is protected with a passphrase: give it to the person importing the package by another way than the USB stick.</source>
            <translation type="vanished">O pacote está protegido com frase secreta: informe-a a quem for importá-lo por outro meio que não o pen drive.</translation>
        </message>
        <message>
            <source>Import field package</source>
            <translation type="vanished">Importar pacote de campo</translation>
        </message>
        <message>
            <source>Field packages (*.cictepkg);;All files (*)</source>
            <translation type="vanished">Pacotes de campo (*.cictepkg);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation type="vanished">Verificando {name}…</translation>
        </message>
        <message>
            <source>Protected package</source>
            <translation type="vanished">Pacote protegido</translation>
        </message>
        <message>
            <source>Cannot import this package</source>
            <translation type="vanished">Não é possível importar este pacote</translation>
        </message>
        <message>
            <source>Comparing {name} with this database…</source>
            <translation type="vanished">Comparando {name} com este banco de dados…</translation>
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
                <numerusform>%n novo</numerusform>
                <numerusform>%n novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation type="vanished">
                <numerusform>%n atualizado</numerusform>
                <numerusform>%n atualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation type="vanished">
                <numerusform>%n excluído</numerusform>
                <numerusform>%n excluídos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) resolved</source>
            <translation type="vanished">
                <numerusform>%n conflito resolvido</numerusform>
                <numerusform>%n conflitos resolvidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stored</source>
            <translation type="vanished">
                <numerusform>%n arquivo armazenado</numerusform>
                <numerusform>%n arquivos armazenados</numerusform>
            </translation>
        </message>
        <message>
            <source>This computer is now headquarters: laptops will be asked to confirm its fingerprint once.</source>
            <translation type="vanished">Este computador agora é a sede: os notebooks terão de confirmar sua impressão digital uma vez.</translation>
        </message>
        <message>
            <source>This computer is now a laptop.</source>
            <translation type="vanished">Este computador agora é um notebook.</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="vanished">Impressão digital</translation>
        </message>
        <message>
            <source>{name} ({role}) signs its field packages with the key whose fingerprint is

{fingerprint}

The first time another computer imports a package from this one, it shows this fingerprint: compare it by phone or in person before confirming.</source>
            <translation type="vanished">{name} ({role}) assina seus pacotes de campo com a chave cuja impressão digital é

{fingerprint}

Na primeira vez que outro computador importa um pacote deste, ele mostra esta impressão digital: compare-a por telefone ou pessoalmente antes de confirmar.</translation>
        </message>
        <message>
            <source>Device name</source>
            <translation type="vanished">Nome do computador</translation>
        </message>
        <message>
            <source>This computer is now called “{name}”.</source>
            <translation type="vanished">Este computador agora se chama “{name}”.</translation>
        </message>
        <message numerus="yes">
            <source>%n units over the planned activities below</source>
            <translation type="vanished">
                <numerusform>%n unidade no total das atividades previstas abaixo</numerusform>
                <numerusform>%n unidades no total das atividades previstas abaixo</numerusform>
            </translation>
        </message>
        <message>
            <source>{symbol} · {areas} work areas, {programs} programs, {projects} projects, {activities} planned activities · {path}</source>
            <translation type="vanished">{symbol} · {areas} áreas de trabalho, {programs} programas, {projects} projetos, {activities} atividades previstas · {path}</translation>
        </message>
        <message>
            <source>Wrote {path}: {events} events.</source>
            <translation type="vanished">{path} gravado: {events} eventos.</translation>
        </message>
        <message>
            <source>{created} events created, {changed} changed.</source>
            <translation type="vanished">{created} eventos criados, {changed} alterados.</translation>
        </message>
        <message>
            <source>Wrote {path} for {destination}: {events} events, {records} records in all, {files} files.</source>
            <translation type="vanished">{path} gravado para {destination}: {events} eventos, {records} registros no total, {files} arquivos.</translation>
        </message>
        <message>
            <source>Imported from {device}: {new} new, {updated} updated, {deleted} deleted; {conflicts} conflicts resolved, {files} files stored.</source>
            <translation type="vanished">Importado de {device}: {new} novos, {updated} atualizados, {deleted} excluídos; {conflicts} conflitos resolvidos, {files} arquivos armazenados.</translation>
        </message>
        <message>
            <source>Saved {path}: {events} events, {people} participants.</source>
            <translation type="vanished">{path} salvo: {events} eventos, {people} participantes.</translation>
        </message>
        <message>
            <source>This backup was saved on {when} on {device}. It holds {events} events and {people} participants.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation type="vanished">Este backup foi salvo em {when} no dispositivo {device}. Contém {events} eventos e {people} participantes.

Substituir por ele o banco de dados em uso? Antes, será feito um backup do banco de dados atual.</translation>
        </message>
        <message>
            <source>Finds plan items and events whose words start with what you type (accents ignored; events from 3 letters on). Escape clears the search.</source>
            <translation type="vanished">Encontra itens do plano e eventos com palavras que começam pelo texto digitado (sem considerar acentos; eventos a partir de 3 letras). Esc limpa a pesquisa.</translation>
        </message>
        <message>
            <source>This Computer Is &amp;Headquarters</source>
            <translation type="vanished">Este computador é a &amp;sede</translation>
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
            <translation>Mover para…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="127" />
            <source>Move “{item}” under:</source>
            <translation>Mover «{item}» para:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="130" />
            <source>Now under: {parent}</source>
            <translation>Agora em: {parent}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="136" />
            <source>Narrow the list</source>
            <translation>Filtrar a lista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="137" />
            <source>Type a code or words of the title to narrow the list</source>
            <translation>Escreva um código ou palavras do título para filtrar a lista</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="141" />
            <source>Move under</source>
            <translation>Mover para baixo de</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="149" />
            <source>It goes last under the item chosen, with the next number there. Retired items are not listed.</source>
            <translation>Fica em último lugar no item escolhido, com o número seguinte. Os itens retirados não são listados.</translation>
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
            <translation>Nenhuma seleção</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="6" />
            <source>New Work Plan</source>
            <translation>Novo plano de trabalho</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="18" />
            <source>The new plan starts as a copy of an earlier one: every work area, program, project and planned activity is carried over with its targets and its titles in every language, linked to the item it came from. You can change them afterwards.</source>
            <translation>O novo plano começa como cópia de um anterior: cada área de trabalho, programa, projeto e atividade prevista é transferido com suas metas e seus títulos em todos os idiomas, vinculado ao item de origem. Você pode alterá-los depois.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="30" />
            <source>&amp;Year of the new plan:</source>
            <translation>&amp;Ano do novo plano:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/new_plan.ui" line="47" />
            <source>&amp;Start from:</source>
            <translation>&amp;Partir de:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="31" />
            <source>{year} Work Plan</source>
            <translation>Plano de Trabalho {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="34" />
            <source>This computer is not headquarters: the new plan stays on this computer, as other computers refuse work-plan changes from a laptop, and events logged under it reach them only once headquarters starts the same plan (from the same earlier plan). To give every laptop the new plan, start it at headquarters and send it in a field package.</source>
            <translation>Este computador não é a sede: o novo plano fica neste computador, pois os outros recusam alterações do plano de trabalho vindas de um notebook, e os eventos registrados nele só chegam a eles quando a sede inicia o mesmo plano (a partir do mesmo plano anterior). Para que todos os notebooks tenham o novo plano, crie-o na sede e envie-o em um pacote de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="38" />
            <source>This computer is headquarters: the new plan goes to the laptops in the next field packages.</source>
            <translation>Este computador é a sede: o novo plano chega aos notebooks nos próximos pacotes de campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="43" />
            <source>Create Plan</source>
            <translation>Criar plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="55" />
            <source>There is already a work plan for {year}: choose another year.</source>
            <translation>Já existe um plano de trabalho para {year}: escolha outro ano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/new_plan.py" line="58" />
            <source>There is no work plan to start from.</source>
            <translation>Não há nenhum plano de trabalho de partida.</translation>
        </message>
        <message>
            <source>This computer is not headquarters: the new plan stays on this computer, as other computers refuse work-plan changes from a laptop. To give every laptop the new plan, start it at headquarters and send it in a field package.</source>
            <translation type="vanished">Este computador não é a sede: o novo plano fica neste computador, pois os outros recusam alterações do plano de trabalho vindas de um notebook. Para que todos os notebooks tenham o novo plano, crie-o na sede e envie-o em um pacote de campo.</translation>
        </message>
    </context>
    <context>
        <name>NoMatches</name>
        <message>
            <location filename="../../cicte_desktop/views/no_matches.py" line="39" />
            <source>Clear Search (Esc)</source>
            <translation>Limpar a pesquisa (Esc)</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="97" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Escolher em um calendário (Alt+Seta para baixo)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="98" />
            <source>Choose from a calendar</source>
            <translation>Escolher em um calendário</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="109" />
            <source>Type the date as {order}, for example {example}, or as {iso}.</source>
            <translation>Digite a data como {order}, por exemplo {example}, ou como {iso}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="112" />
            <source>Alt+Down opens a calendar.</source>
            <translation>Alt+Seta para baixo abre um calendário.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>day</source>
            <translation>dia</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>month</source>
            <translation>mês</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="124" />
            <source>year</source>
            <translation>ano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="135" />
            <source>Choose {field} from a calendar</source>
            <translation>Escolher {field} em um calendário</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/date_field.py" line="170" />
            <source>“{text}” is not a date: type it as {order}, for example {example} (or {iso}).</source>
            <translation>“{text}” não é uma data: digite-a como {order}, por exemplo {example} (ou {iso}).</translation>
        </message>
    </context>
    <context>
        <name>PackageExportDialog</name>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="6" />
            <source>Export field package</source>
            <translation>Exportar pacote de campo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="15" />
            <source>One file with what was logged or changed on this computer ({device}) since the last package for the same destination: events, rosters, attached files, plan edits and deletions.</source>
            <translation>Um só arquivo com o que foi registrado ou alterado neste computador ({device}) desde o último pacote para o mesmo destino: eventos, listas nominais, arquivos anexados, edições do plano e exclusões.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="24" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="34" />
            <source>A computer that has sent you a package, or a new name (for example Headquarters).</source>
            <translation>Um computador que já lhe enviou um pacote, ou um novo nome (por exemplo, Sede).</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="50" />
            <source>Content</source>
            <translation>Conteúdo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="60" />
            <source>For a new computer, or when a package was lost on the way.</source>
            <translation>Para um computador novo, ou quando um pacote se perdeu no caminho.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="63" />
            <source>Everything on this computer, not only the changes since the last package</source>
            <translation>Tudo o que há neste computador, não só as alterações desde o último pacote</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="70" />
            <source>Protection</source>
            <translation>Proteção</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="80" />
            <source>Protect with a passphrase (recommended)</source>
            <translation>Proteger com frase secreta (recomendado)</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="90" />
            <source>Passphrase</source>
            <translation>Frase secreta</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="103" />
            <source>At least {count} characters; several words are best</source>
            <translation>Pelo menos {count} caracteres; o ideal são várias palavras</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="110" />
            <source>Repeat it</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="135" />
            <source>The package holds personal data: the names, e-mails and phones of participants, so that rosters can be merged. Without a passphrase, anyone who finds the USB stick can read them. Give the passphrase to the person importing the package in another way (by phone, not on the stick).</source>
            <translation>O pacote contém dados pessoais: nomes, e-mails e telefones dos participantes, para que as listas nominais possam ser mescladas. Sem frase secreta, qualquer pessoa que encontrar o pen drive poderá lê-los. Informe a frase secreta a quem for importar o pacote por outro meio (por telefone, não no pen drive).</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="144" />
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <location filename="../../ui/forms/package_export.ui" line="159" />
            <source>Choose…</source>
            <translation>Escolher…</translation>
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
            <translation>Último pacote para este destino: {when}. Este contém o que mudou desde então.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="94" />
            <source>No package made for it yet: this one holds everything.</source>
            <translation>Ainda não há pacote para este destino: este contém tudo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="103" />
            <source>Say who the package is for.</source>
            <translation>Informe para quem é o pacote.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="109" />
            <source>The two passphrases differ.</source>
            <translation>As duas frases secretas são diferentes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="111" />
            <source>Choose where to write the package.</source>
            <translation>Escolha onde gravar o pacote.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_export.py" line="126" />
            <source>Field packages (*.cictepkg)</source>
            <translation>Pacotes de campo (*.cictepkg)</translation>
        </message>
        <message>
            <source>The passphrase needs at least {count} characters.</source>
            <translation type="vanished">A frase secreta precisa ter pelo menos {count} caracteres.</translation>
        </message>
    </context>
    <context>
        <name>PackageImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="165" />
            <source>Import field package — {name}</source>
            <translation>Importar pacote de campo — {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="166" />
            <source>From {device}, made {when}{protected}.</source>
            <translation>De {device}, gerado em {when}{protected}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="168" />
            <source>, protected with a passphrase</source>
            <translation>, protegido com frase secreta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="170" />
            <source>New: {new} · Updated: {updated} · Deleted: {deleted} · Unchanged: {unchanged} · Conflicts: {conflicts}</source>
            <translation>Novos: {new} · Atualizados: {updated} · Excluídos: {deleted} · Sem alteração: {unchanged} · Conflitos: {conflicts}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="178" />
            <source>This package was imported before, on {when}; what it holds is here already.</source>
            <translation>Este pacote já foi importado em {when}; o que ele contém já está aqui.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="181" />
            <source>%n record(s) are here already under another identity and are left as they are.</source>
            <translation>
                <numerusform>%n registro já existe aqui com outra identidade e permanece como está.</numerusform>
                <numerusform>%n registros já existem aqui com outra identidade e permanecem como estão.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/package_import.py" line="184" />
            <source>%n change(s) in this package may not be made from {device} and will be left out (see Refused).</source>
            <translation>
                <numerusform>%n alteração deste pacote não pode vir de {device} e será deixada de fora (veja Recusadas).</numerusform>
                <numerusform>%n alterações deste pacote não podem vir de {device} e serão deixadas de fora (veja Recusadas).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="198" />
            <source>Conflicts</source>
            <translation>Conflitos</translation>
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
            <translation>Manter</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="225" />
            <source>These records were changed both on this computer and on {device} since the two last exchanged packages. The newer version is kept unless you choose the other one; your choice then counts as a new change and reaches the other computers too. Every conflict is recorded (Tools &gt; Conflict History).</source>
            <translation>Estes registros foram alterados tanto neste computador quanto em {device} desde a última troca de pacotes entre os dois. A versão mais recente é mantida, a menos que você escolha a outra; nesse caso, sua escolha conta como uma nova alteração e chega também aos outros computadores. Todo conflito fica registrado (Ferramentas &gt; Histórico de conflitos).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="235" />
            <source>No conflicts: nothing in this package was also changed on this computer.</source>
            <translation>Nenhum conflito: nada neste pacote foi alterado também neste computador.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="236" />
            <source>Conflicts ({count})</source>
            <translation>Conflitos ({count})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>New</source>
            <translation>Novo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>Updated</source>
            <translation>Atualizado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="240" />
            <source>Deleted</source>
            <translation>Excluído</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="241" />
            <source>Unchanged</source>
            <translation>Sem alteração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="245" />
            <source>Summary of the changes</source>
            <translation>Resumo das alterações</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="246" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="265" />
            <source>Conflict</source>
            <translation>Conflito</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="270" />
            <source>Changes</source>
            <translation>Alterações</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="271" />
            <source>What happens</source>
            <translation>O que acontece</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="295" />
            <source>Nothing is written until you press Import, and then everything at once.</source>
            <translation>Nada é gravado até você clicar em Importar; então tudo é gravado de uma só vez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="298" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="312" />
            <source>About this package</source>
            <translation>Sobre este pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="332" />
            <source>Only headquarters may change the work plan, the member states, partners and mandates, and lock or unlock reporting periods; events in a locked period are changed only at headquarters. These changes from {device} are left out; everything else in the package is imported.</source>
            <translation>Só a sede pode alterar o plano de trabalho, os estados membros, os parceiros e os mandatos, e bloquear ou desbloquear períodos de relatório; eventos de um período bloqueado só são alterados na sede. Estas alterações de {device} ficam de fora; todo o resto do pacote é importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="340" />
            <source>Left out</source>
            <translation>Deixado de fora</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="341" />
            <source>Why it is left out</source>
            <translation>Por que fica de fora</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="346" />
            <source>Only headquarters may change it</source>
            <translation>Só a sede pode alterá-lo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="347" />
            <source>Its reporting period is locked</source>
            <translation>Seu período de relatório está bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="358" />
            <source>Refused ({count})</source>
            <translation>Recusadas ({count})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="373" />
            <source>Confirm who sent this package</source>
            <translation>Confirme quem enviou este pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="378" />
            <source>headquarters of this database</source>
            <translation>sede deste banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="379" />
            <source>a laptop</source>
            <translation>um notebook</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="380" />
            <source>Sender: {name} ({role})</source>
            <translation>Remetente: {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="388" />
            <source>I compared this fingerprint with {name}: it is the same. Trust {name}.</source>
            <translation>Comparei esta impressão digital com {name}: é a mesma. Confiar em {name}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="410" />
            <source>This computer's</source>
            <translation>Deste computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="410" />
            <source>The package's</source>
            <translation>Do pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="424" />
            <source>This computer</source>
            <translation>Este computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="424" />
            <source>The package</source>
            <translation>O pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="426" />
            <source>{where}
(not on this computer)</source>
            <translation>{where}
(não está neste computador)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="427" />
            <source>another computer</source>
            <translation>outro computador</translation>
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
            <translation>Manter a versão deste computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="435" />
            <source>Take the package's version</source>
            <translation>Usar a versão do pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="437" />
            <source>This event is in a reporting period that has been reported and locked: the version reported is kept unless you take the package's version here.</source>
            <translation>Este evento está em um período de relatório já relatado e bloqueado: a versão relatada é mantida, a menos que você escolha aqui a versão do pacote.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="441" />
            <source>The newer version is {side} (changed {when}).</source>
            <translation>A versão mais recente é a {side} (alterada em {when}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="442" />
            <source>this computer's</source>
            <translation>deste computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="442" />
            <source>the package's</source>
            <translation>do pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/package_import.py" line="456" />
            <source>(your choice)</source>
            <translation>(sua escolha)</translation>
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
            <translation>Exportar pacote de campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="62" />
            <source>The export failed</source>
            <translation>Falha na exportação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="62" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>Não foi possível gravar {path} ({detail}). Nenhum arquivo parcial foi deixado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="73" />
            <source>Wrote {path} for {destination}: {events}, {records}, {files}.</source>
            <translation>{path} gravado para {destination}: {events}, {records}, {files}.</translation>
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
                <numerusform>%n registro no total</numerusform>
                <numerusform>%n registros no total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="77" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n arquivo</numerusform>
                <numerusform>%n arquivos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="79" />
            <source>It is protected with a passphrase: give it to the person importing the package by another way than the USB stick.</source>
            <translation>O pacote está protegido com frase secreta: informe-a a quem for importá-lo por outro meio que não o pen drive.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="92" />
            <source>Writing {name}…</source>
            <translation>Gravando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="94" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="99" />
            <source>Import field package</source>
            <translation>Importar pacote de campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="100" />
            <source>Field packages (*.cictepkg);;All files (*)</source>
            <translation>Pacotes de campo (*.cictepkg);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="125" />
            <source>Protected package</source>
            <translation>Pacote protegido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="129" />
            <source>Cannot import this package</source>
            <translation>Não é possível importar este pacote</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="135" />
            <source>Checking {name} and comparing it with this database…</source>
            <translation>Verificando {name} e comparando-o com este banco de dados…</translation>
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
                <numerusform>%n novo</numerusform>
                <numerusform>%n novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="162" />
            <source>%n updated</source>
            <translation>
                <numerusform>%n atualizado</numerusform>
                <numerusform>%n atualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="163" />
            <source>%n deleted</source>
            <translation>
                <numerusform>%n excluído</numerusform>
                <numerusform>%n excluídos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="164" />
            <source>%n conflict(s) resolved</source>
            <translation>
                <numerusform>%n conflito resolvido</numerusform>
                <numerusform>%n conflitos resolvidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="165" />
            <source>%n file(s) stored</source>
            <translation>
                <numerusform>%n arquivo armazenado</numerusform>
                <numerusform>%n arquivos armazenados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="170" />
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="176" />
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="200" />
            <source>This computer is now headquarters: laptops will be asked to confirm its fingerprint once.</source>
            <translation>Este computador agora é a sede: os notebooks terão de confirmar sua impressão digital uma vez.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="201" />
            <source>This computer is now a laptop.</source>
            <translation>Este computador agora é um notebook.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="216" />
            <source>Fingerprint</source>
            <translation>Impressão digital</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="218" />
            <source>{name} ({role}) signs its field packages with the key whose fingerprint is

{fingerprint}

The first time another computer imports a package from this one, it shows this fingerprint: compare it by phone or in person before confirming.</source>
            <translation>{name} ({role}) assina seus pacotes de campo com a chave cuja impressão digital é

{fingerprint}

Na primeira vez que outro computador importa um pacote deste, ele mostra esta impressão digital: compare-a por telefone ou pessoalmente antes de confirmar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="251" />
            <source>Device name</source>
            <translation>Nome do computador</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/packages.py" line="253" />
            <source>This computer is now called “{name}”.</source>
            <translation>Este computador agora se chama “{name}”.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantCounts</name>
        <message>
            <location filename="../../cicte_desktop/views/event_participants.py" line="200" />
            <source>The roster has women {women}, men {men}, not recorded {unknown}; the counts above say women {typed_women}, men {typed_men}, not recorded {typed_unknown}.</source>
            <translation>A lista tem mulheres {women}, homens {men}, não registrado {unknown}; os números acima dizem mulheres {typed_women}, homens {typed_men}, não registrado {typed_unknown}.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="43" />
            <source>Preview: {name}</source>
            <translation>Visualização: {name}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="64" />
            <source>Open in PDF Viewer</source>
            <translation>Abrir no leitor de PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="65" />
            <source>Open Its Folder</source>
            <translation>Abrir a pasta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="71" />
            <source>Save As…</source>
            <translation>Salvar como…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="81" />
            <source>Opening the report (%n page(s)) in your PDF viewer…</source>
            <translation>
                <numerusform>Abrindo o relatório (%n página) no seu leitor de PDF…</numerusform>
                <numerusform>Abrindo o relatório (%n páginas) no seu leitor de PDF…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="85" />
            <source>%n page(s). Save it where you want to keep it.</source>
            <translation>
                <numerusform>%n página. Salve-o no local onde deseja guardá-lo.</numerusform>
                <numerusform>%n páginas. Salve-o no local onde deseja guardá-lo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="112" />
            <source>The report (%n page(s)) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation>
                <numerusform>O relatório (%n página) está aberto no seu leitor de PDF. Revise-o e depois salve-o aqui, no local onde deseja guardá-lo.</numerusform>
                <numerusform>O relatório (%n páginas) está aberto no seu leitor de PDF. Revise-o e depois salve-o aqui, no local onde deseja guardá-lo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="116" />
            <source>No PDF viewer could be opened on this computer. The report (%n page(s)) was written to:
{path}

Open its folder to look at it with another program, then save it here where you want to keep it (this copy is removed when you close this window).</source>
            <translation>
                <numerusform>Nenhum leitor de PDF pôde ser aberto neste computador. O relatório (%n página) foi gravado em:
{path}

Abra a pasta dele para vê-lo com outro programa e depois salve-o aqui, no local onde deseja guardá-lo (esta cópia é removida quando você fecha esta janela).</numerusform>
                <numerusform>Nenhum leitor de PDF pôde ser aberto neste computador. O relatório (%n páginas) foi gravado em:
{path}

Abra a pasta dele para vê-lo com outro programa e depois salve-o aqui, no local onde deseja guardá-lo (esta cópia é removida quando você fecha esta janela).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="128" />
            <source>No PDF viewer could be opened, and its folder could not be opened either. The report is here:
{path}

Copy this path, or save the report where you want to keep it.</source>
            <translation>Nenhum leitor de PDF pôde ser aberto, nem a pasta dele. O relatório está aqui:
{path}

Copie este caminho ou salve o relatório no local onde deseja guardá-lo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="135" />
            <source>Save PDF report</source>
            <translation>Salvar relatório PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="137" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="147" />
            <source>The report could not be saved</source>
            <translation>Não foi possível salvar o relatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_preview.py" line="147" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>Não foi possível gravar {path} ({detail}). Nenhum arquivo parcial foi deixado.</translation>
        </message>
        <message>
            <source>The report ({pages} pages) is open in your PDF viewer. Look it over, then save it here where you want to keep it.</source>
            <translation type="vanished">O relatório ({pages} páginas) está aberto no seu leitor de PDF. Revise-o e depois salve-o aqui, no local onde deseja guardá-lo.</translation>
        </message>
        <message>
            <source>{pages} pages. Save it where you want to keep it.</source>
            <translation type="vanished">{pages} páginas. Salve-o no local onde deseja guardá-lo.</translation>
        </message>
        <message>
            <source>No PDF viewer could be opened on this computer. Save the report and open it from its folder.</source>
            <translation type="vanished">Não foi possível abrir um leitor de PDF neste computador. Salve o relatório e abra-o a partir da pasta.</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="32" />
            <source>Semi-annual implementation report</source>
            <translation>Relatório semestral de execução</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="32" />
            <source>Member-state report</source>
            <translation>Relatório por Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="33" />
            <source>Certificates of participation</source>
            <translation>Certificados de participação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/__init__.py" line="65" />
            <source>Unknown report “{kind}”.</source>
            <translation>Relatório desconhecido: “{kind}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="46" />
            <source>Implementation of mandates</source>
            <translation>Implementação dos mandatos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="47" />
            <source>Each mandate quoted in Section 1 of the {plan}, the work areas it applies to and what was done under them between {start} and {end}: completed events, their participants and the member states they reached.</source>
            <translation>Cada mandato citado na Seção 1 do {plan}, as áreas de trabalho às quais se aplica e o que foi realizado nelas entre {start} e {end}: eventos concluídos, seus participantes e os Estados membros alcançados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="53" />
            <source>This work plan records no mandates.</source>
            <translation>Este plano de trabalho não registra mandatos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="62" />
            <source>Work area</source>
            <translation>Área de trabalho</translation>
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
            <translation>Estados membros alcançados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="69" />
            <source>Paragraphs quoted: {numbers}</source>
            <translation>Parágrafos citados: {numbers}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="72" />
            <source>Not linked to any work area of this plan.</source>
            <translation>Não está vinculado a nenhuma área de trabalho deste plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="85" />
            <source>All its work areas</source>
            <translation>Todas as suas áreas de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="90" />
            <source>Nothing was done under this mandate in this period: no event was completed in its work areas.</source>
            <translation>Nada foi realizado no âmbito deste mandato neste período: nenhum evento foi concluído em suas áreas de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="119" />
            <source>Member state</source>
            <translation>Estado membro</translation>
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
            <translation>Anexo: participação dos Estados membros por área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="147" />
            <source>Completed events of the period in each member state and work area, with their participants in brackets. An event that served several member states counts for each.</source>
            <translation>Eventos concluídos no período em cada Estado membro e área de trabalho, com os participantes entre parênteses. Um evento que atendeu a vários Estados membros conta para cada um deles.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/annex.py" line="149" />
            <source>The period covers the work plans of {years}: each event is counted under the work area of the plan of its year.</source>
            <translation>O período abrange os planos de trabalho de {years}: cada evento é contado na área de trabalho do plano do seu ano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="48" />
            <source>held online</source>
            <translation>realizado em formato virtual</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="49" />
            <source>held at {place}</source>
            <translation>realizado em {place}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="53" />
            <source>held online on {date}</source>
            <translation>realizado em formato virtual, em {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="55" />
            <source>held at {place} on {date}</source>
            <translation>realizado em {place}, em {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="56" />
            <source>held on {date}</source>
            <translation>realizado em {date}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="59" />
            <source>held online from {start} to {end}</source>
            <translation>realizado em formato virtual, de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="61" />
            <source>held at {place} from {start} to {end}</source>
            <translation>realizado em {place}, de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="62" />
            <source>held from {start} to {end}</source>
            <translation>realizado de {start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="68" />
            <source>Choose the event whose participants get certificates.</source>
            <translation>Escolha o evento cujos participantes receberão certificados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="72" />
            <source>There is no event with the ID “{id}”.</source>
            <translation>Não há evento com o ID “{id}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="75" />
            <source>“{title}” has no participants on its roster: add them to the event first (or import its attendance sheet).</source>
            <translation>“{title}” não tem participantes na lista nominal: adicione-os primeiro ao evento (ou importe a lista de presença).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="85" />
            <source>Certificates of participation: {title}</source>
            <translation>Certificados de participação: {title}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="86" />
            <source>Secretariat of the Inter-American Committee against Terrorism (CICTE)</source>
            <translation>Secretaria do Comitê Interamericano contra o Terrorismo (CICTE)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="128" />
            <source>Organization of American States</source>
            <translation>Organização dos Estados Americanos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="129" />
            <source>Inter-American Committee against Terrorism (CICTE)</source>
            <translation>Comitê Interamericano contra o Terrorismo (CICTE)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="130" />
            <source>Secretariat</source>
            <translation>Secretaria</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="131" />
            <source>Certificate of Participation</source>
            <translation>Certificado de Participação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="132" />
            <source>This certifies that</source>
            <translation>Certificamos que</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="138" />
            <source>took part in the {kind}</source>
            <translation>participou do evento ({kind})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="139" />
            <source>took part in</source>
            <translation>participou do evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="148" />
            <source>Secretary of the Inter-American Committee against Terrorism</source>
            <translation>Secretário do Comitê Interamericano contra o Terrorismo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/certificates.py" line="149" />
            <source>Date of issue: {date}</source>
            <translation>Data de emissão: {date}</translation>
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
            <translation>Nenhum evento concluído neste período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="65" />
            <source>Progress in the period: counted toward target over target. The dashed line is the expected by now.</source>
            <translation>Progresso no período: computado para a meta sobre a meta. A linha tracejada é o esperado até agora.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/chart_pages.py" line="94" />
            <source>Completed events by type</source>
            <translation>Eventos concluídos por tipo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/layout.py" line="405" />
            <source>Organization of American States · CICTE Secretariat</source>
            <translation>Organização dos Estados Americanos · Secretaria do CICTE</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/layout.py" line="415" />
            <source>Page {number} of {total}</source>
            <translation>Página {number} de {total}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/map_drawing.py" line="55" />
            <source>No data</source>
            <translation>Sem dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="70" />
            <source>there is no work plan for {missing} (work plans: {years}), which the period {start} to {end} covers: a report measures each year against its own plan, so choose a period without {missing} or start its work plan first</source>
            <translation>não há plano de trabalho para {missing} (planos de trabalho: {years}), que o período de {start} a {end} abrange: um relatório mede cada ano em relação ao seu próprio plano; escolha um período sem {missing} ou inicie primeiro o seu plano de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="80" />
            <source>Member-State Report</source>
            <translation>Relatório por Estado membro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="83" />
            <source>Implementation Report</source>
            <translation>Relatório de Execução</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="86" />
            <source>Annual Implementation Report</source>
            <translation>Relatório Anual de Execução</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="87" />
            <source>Semi-annual Implementation Report</source>
            <translation>Relatório Semestral de Execução</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="94" />
            <source>All dates</source>
            <translation>Todas as datas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="97" />
            <source>January–June {year}</source>
            <translation>Janeiro a junho de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="103" />
            <source>July–December {year}</source>
            <translation>Julho a dezembro de {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="104" />
            <source>{start} to {end}</source>
            <translation>{start} a {end}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="140" />
            <source>Choose the member state the report is for.</source>
            <translation>Escolha o Estado membro a que se refere o relatório.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="142" />
            <source>There is no member state with the code “{code}” (use ISO codes such as JAM or TTO).</source>
            <translation>Não há Estado membro com o código “{code}” (use códigos ISO, como JAM ou TTO).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/report_context.py" line="146" />
            <source>The semi-annual report covers every member state; choose the member-state report for one.</source>
            <translation>O relatório semestral abrange todos os Estados membros; para um só, escolha o relatório por Estado membro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="58" />
            <source>Dates</source>
            <translation>Datas</translation>
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
            <translation>Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Venue</source>
            <translation>Local</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Women</source>
            <translation>Mulheres</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Men</source>
            <translation>Homens</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="59" />
            <source>Partners</source>
            <translation>Parceiros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="114" />
            <source>Inter-American Committee against Terrorism</source>
            <translation>Comitê Interamericano contra o Terrorismo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="121" />
            <source>Capacity building delivered to {state}</source>
            <translation>Estado membro beneficiário: {state}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="127" />
            <source>Work plans: {plans}</source>
            <translation>Planos de trabalho: {plans}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="132" />
            <source>Events completed: {count}</source>
            <translation>Eventos concluídos: {count}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="134" />
            <source>Member states: {count}</source>
            <translation>Estados membros: {count}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="138" />
            <source>Period: {period}</source>
            <translation>Período: {period}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="145" />
            <source>Contents</source>
            <translation>Sumário</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="155" />
            <source>Executive summary</source>
            <translation>Resumo executivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="157" />
            <source>Events completed for {state} between {start} and {end} under the {plan}, by work area. An event that served several member states counts for each, with all its participants.</source>
            <translation>Eventos concluídos entre {start} e {end} no âmbito do {plan}, por área de trabalho, com {state} como Estado beneficiário. Um evento que atendeu a vários Estados membros conta para cada um deles, com todos os seus participantes.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="164" />
            <source>Programs reached</source>
            <translation>Programas alcançados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="167" />
            <source>Capacity-building events completed between {start} and {end} against the {plan} ({symbol}), by work area.</source>
            <translation>Eventos de capacitação concluídos entre {start} e {end} em relação ao {plan} ({symbol}), por área de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="186" />
            <source>Achieved: units of the events completed in the period. Counted toward target: the same, each activity at most up to its own target, so that a surplus in one does not hide a shortfall in another. Progress: counted over target. Expected by now: the share of {year} within the period that has gone by. Events: completed events of the period.</source>
            <translation>Alcançado: unidades dos eventos concluídos no período. Computado para a meta: o mesmo, cada atividade no máximo até a sua própria meta, para que o excedente de uma não esconda o déficit de outra. Progresso: computado sobre a meta. Esperado até agora: a parte de {year} dentro do período já decorrida. Eventos: eventos concluídos no período.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="194" />
            <source>%n item of the plan was amended after its approval: it is marked {mark}, with the date and reason of each amendment under it.</source>
            <translation>
                <numerusform>%n item do plano foi alterado após a sua aprovação: está marcado com {mark}, com a data e o motivo de cada alteração abaixo.</numerusform>
                <numerusform>%n itens do plano foram alterados após a sua aprovação: estão marcados com {mark}, com a data e o motivo de cada alteração abaixo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="200" />
            <source>%n completed event of this period was logged under another year's work plan: it is not counted here (the Excel workbook lists it in its Events sheet).</source>
            <translation>
                <numerusform>%n evento realizado deste período foi registrado no plano de trabalho de outro ano: não é contado aqui (a pasta de trabalho do Excel o inclui na sua planilha Eventos).</numerusform>
                <numerusform>%n eventos realizados deste período foram registrados no plano de trabalho de outro ano: não são contados aqui (a pasta de trabalho do Excel os inclui na sua planilha Eventos).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="246" />
            <source>Project {number}. {title}</source>
            <translation>Projeto {number}. {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln women</source>
            <translation>
                <numerusform>%Ln mulher</numerusform>
                <numerusform>%Ln mulheres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="277" />
            <source>%Ln men</source>
            <translation>
                <numerusform>%Ln homem</numerusform>
                <numerusform>%Ln homens</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="279" />
            <source>Participants: {participants} ({women}, {men}, {unknown} not recorded)</source>
            <translation>Participantes: {participants} ({women}, {men}, {unknown} sem registro)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="282" />
            <source>Participants: {participants} ({women}, {men})</source>
            <translation>Participantes: {participants} ({women}, {men})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/exports/pdf/sections.py" line="307" />
            <source>Upon request</source>
            <translation>Mediante solicitação</translation>
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
            <translation type="vanished">sem meta numérica</translation>
        </message>
        <message>
            <source>Progress against targets by work area</source>
            <translation type="vanished">Progresso em relação às metas, por área de trabalho</translation>
        </message>
        <message>
            <source>Progress of each work area in the period: counted toward target over target. The dashed line is the expected by now.</source>
            <translation type="vanished">Progresso de cada área de trabalho no período: computado para a meta sobre a meta. A linha tracejada é o esperado até agora.</translation>
        </message>
        <message>
            <source>Completed events by work area</source>
            <translation type="vanished">Eventos concluídos por área de trabalho</translation>
        </message>
        <message>
            <source>Participants by sex and work area</source>
            <translation type="vanished">Participantes por sexo e área de trabalho</translation>
        </message>
        <message>
            <source>Completed events by member state</source>
            <translation type="vanished">Eventos concluídos por Estado membro</translation>
        </message>
        <message>
            <source>the period {start} to {end} covers the work plans of {years}: a report is about one plan year, so make one report per year (the Excel workbook groups a longer period by plan year)</source>
            <translation type="vanished">o período de {start} a {end} abrange os planos de trabalho de {years}: um relatório trata de um só ano do plano, por isso faça um relatório por ano (a pasta de trabalho Excel agrupa um período mais longo por ano do plano)</translation>
        </message>
        <message>
            <source>expected by the end of the period: {percent}</source>
            <translation type="vanished">previsto até o fim do período: {percent}</translation>
        </message>
        <message>
            <source>No numeric target</source>
            <translation type="vanished">Sem meta numérica</translation>
        </message>
        <message>
            <source>Target {target} · achieved {achieved} ({percent})</source>
            <translation type="vanished">Meta {target} · alcançado {achieved} ({percent})</translation>
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
            <translation type="vanished">Alcançado</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation type="vanished">% da meta</translation>
        </message>
        <message>
            <source>Target and achieved: units of the planned activities' numeric targets, counting completed events from 1 January {year} to the end of the period, each activity at most up to its own target. Events, participants and member states: completed events of the period.</source>
            <translation type="vanished">Meta e alcançado: unidades das metas numéricas das atividades previstas, contando os eventos concluídos de 1º de janeiro de {year} até o fim do período, cada atividade no máximo até sua própria meta. Eventos, participantes e Estados membros: eventos concluídos no período.</translation>
        </message>
        <message>
            <source>Share of each work area's numeric targets met from 1 January to the end of the period. The dashed line is the share of the year elapsed by then.</source>
            <translation type="vanished">Proporção das metas numéricas de cada área de trabalho cumpridas de 1º de janeiro até o fim do período. A linha tracejada indica a proporção do ano decorrida até essa data.</translation>
        </message>
        <message>
            <source>Target: {target} · achieved {achieved}{percent}</source>
            <translation type="vanished">Meta: {target} · alcançado {achieved}{percent}</translation>
        </message>
        <message>
            <source>▲ Behind target</source>
            <translation type="vanished">▲ Abaixo da meta</translation>
        </message>
        <message>
            <source>Participants: {participants} ({women} women, {men} men)</source>
            <translation type="vanished">Participantes: {participants} ({women} mulheres, {men} homens)</translation>
        </message>
    </context>
    <context>
        <name>PdfReportDialog</name>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="6" />
            <source>Export PDF report</source>
            <translation>Exportar relatório PDF</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="12" />
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="25" />
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <location filename="../../ui/forms/pdf_report_dialog.ui" line="38" />
            <source>Member state</source>
            <translation>Estado membro</translation>
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
            <translation>Os títulos, rótulos e datas do relatório e os títulos do Plano de Trabalho são escritos neste idioma.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="52" />
            <source>Preview…</source>
            <translation>Visualizar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="82" />
            <source>No event in this period has participants on its roster. Add them in the event's form (or import its attendance sheet), or choose another period.</source>
            <translation>Nenhum evento deste período tem participantes na lista nominal. Adicione-os no formulário do evento (ou importe a lista de presença) ou escolha outro período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="85" />
            <source>One landscape page per participant, to print and sign.</source>
            <translation>Uma página em paisagem por participante, para imprimir e assinar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="87" />
            <source>Everything completed for one member state in the period. No participant's name is printed.</source>
            <translation>Tudo o que foi concluído para um Estado membro no período. Nenhum nome de participante é impresso.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="90" />
            <source>Cover, contents, summary by work area, charts, the completed events of each program and a member-state annex. No participant's name is printed.</source>
            <translation>Capa, sumário, resumo por área de trabalho, gráficos, eventos concluídos de cada programa e anexo por Estado membro. Nenhum nome de participante é impresso.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/pdf_report_dialog.py" line="94" />
            <source>A period over the plans of several years gives a part for each plan year, measured against its own plan.</source>
            <translation>Um período que abrange os planos de vários anos dá uma parte para cada ano de plano, medida em relação ao seu próprio plano.</translation>
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
            <translation type="vanished">Um relatório trata de um só ano do plano de trabalho: para um período que abrange os planos de vários anos, faça um relatório por ano (a pasta de trabalho Excel agrupa um período mais longo por ano do plano).</translation>
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
            <translation>Períodos de relatório</translation>
        </message>
        <message>
            <location filename="../../ui/forms/period_locks.ui" line="12" />
            <source>A period marked as reported is locked: its events cannot be changed until a program manager unlocks it. Both need a reason, which is kept with the period's history.</source>
            <translation>Um período marcado como relatado fica bloqueado: seus eventos não podem ser alterados até que um gerente de programa o desbloqueie. As duas ações exigem um motivo, que fica registrado no histórico do período.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="43" />
            <source>Reported, locked</source>
            <translation>Relatado, bloqueado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="43" />
            <source>Open</source>
            <translation>Aberto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="44" />
            <source>Unlock…</source>
            <translation>Desbloquear…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="44" />
            <source>Mark as reported…</source>
            <translation>Marcar como relatado…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="54" />
            <source>Mark as reported</source>
            <translation>Marcar como relatado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="54" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="55" />
            <source>Why is {period} marked as reported?</source>
            <translation>Por que o {period} está sendo marcado como relatado?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_locks.py" line="56" />
            <source>Why is {period} opened again?</source>
            <translation>Por que o {period} está sendo reaberto?</translation>
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
            <translation>Ano inteiro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="26" />
            <source>January-June</source>
            <translation>Janeiro a junho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="27" />
            <source>July-December</source>
            <translation>Julho a dezembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="27" />
            <source>Dates of my choice</source>
            <translation>Outras datas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="31" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="39" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/period_picker.py" line="40" />
            <source>To</source>
            <translation>Até</translation>
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
            <translation>Diga por que o plano muda: cada alteração exige um motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="67" />
            <source>A plan item needs a title.</source>
            <translation>Um item do plano precisa de um título.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="69" />
            <source>A title has at most {count} characters.</source>
            <translation>Um título tem no máximo {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="95" />
            <source>This plan item is no longer in the plan; reopen the plan editor.</source>
            <translation>Este item já não está no plano; reabra o editor do plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="144" />
            <source>An activity has no items under it; add to its project instead.</source>
            <translation>Uma atividade não tem itens abaixo dela; adicione ao seu projeto.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="172" />
            <source>Activities are not numbered: they follow their project's order.</source>
            <translation>As atividades não são numeradas: seguem a ordem do seu projeto.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="175" />
            <source>A work area needs its number and a program its letter.</source>
            <translation>Uma área de trabalho precisa do seu número e um programa da sua letra.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="177" />
            <source>A number or letter has at most {count} characters.</source>
            <translation>Um número ou letra tem no máximo {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="188" />
            <source>An item moves only under an item of the same level of the same plan.</source>
            <translation>Um item só se move para baixo de um item do mesmo nível do mesmo plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="190" />
            <source>Nothing moves under a retired item: it is no longer in the plan.</source>
            <translation>Nada se move para um item retirado: já não está no plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="222" />
            <source>This item is already retired.</source>
            <translation>Este item já está retirado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="267" />
            <source>Only activities have targets.</source>
            <translation>Só as atividades têm metas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="382" />
            <source>A target is a number from 0 to 1,000,000.</source>
            <translation>Uma meta é um número de 0 a 1.000.000.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="385" />
            <source>A unit has at most {count} characters.</source>
            <translation>Uma unidade tem no máximo {count} caracteres.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="397" />
            <source>A half-year target is a number from 0 to 1,000,000.</source>
            <translation>A meta de um semestre é um número de 0 a 1.000.000.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="400" />
            <source>A half-year target is part of the activity's target: give the target as a number first.</source>
            <translation>A meta de um semestre é parte da meta da atividade: indique primeiro a meta como número.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="402" />
            <source>A half-year target cannot be more than the whole target ({target}).</source>
            <translation>A meta de um semestre não pode ser maior do que a meta total ({target}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="404" />
            <source>The targets of the two halves add up to {sum}, not to the target of {target}: change one of them, or leave one empty (it is then the rest of the target).</source>
            <translation>As metas dos dois semestres somam {sum}, não a meta de {target}: altere uma delas ou deixe uma vazia (será então o resto da meta).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="428" />
            <source>Titles are translated into Spanish, French and Portuguese.</source>
            <translation>Os títulos são traduzidos para espanhol, francês e português.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="451" />
            <source>There is no work plan for {year}.</source>
            <translation>Não há plano de trabalho para {year}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_edit.py" line="453" />
            <source>The {year} work plan was approved on {date}; later changes are amendments.</source>
            <translation>O plano de trabalho {year} foi aprovado em {date}; as alterações posteriores são emendas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_reading.py" line="219" />
            <source>Amended on {date}, after the plan's approval on {approved}: {reason}</source>
            <translation>Alterado em {date}, após a aprovação do plano em {approved}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PlanEditorDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="31" />
            <source>Edit the {year} Work Plan</source>
            <translation>Editar o plano de trabalho {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="37" />
            <source>Work plan</source>
            <translation>Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="39" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="39" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="47" />
            <source>&amp;Add…</source>
            <translation>&amp;Adicionar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="47" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renomear…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="48" />
            <source>Move &amp;Up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="48" />
            <source>Move &amp;Down</source>
            <translation>Descer (&amp;D)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="49" />
            <source>Mo&amp;ve to…</source>
            <translation>Mo&amp;ver para…</translation>
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
            <translation>A&amp;provar…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="67" />
            <source>History of the plan</source>
            <translation>Histórico do plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="69" />
            <source>Before → after</source>
            <translation>Antes → depois</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="70" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="70" />
            <source>Amendment</source>
            <translation>Emenda</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="75" />
            <source>&amp;Plan</source>
            <translation>&amp;Plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="76" />
            <source>&amp;History</source>
            <translation>&amp;Histórico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="89" />
            <source>added</source>
            <translation>adicionado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="89" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>order</source>
            <translation>ordem</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>retired</source>
            <translation>retirado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="90" />
            <source>removed</source>
            <translation>removido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="91" />
            <source>target</source>
            <translation>meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="91" />
            <source>unit</source>
            <translation>unidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="92" />
            <source>upon request</source>
            <translation>mediante solicitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="92" />
            <source>approved on</source>
            <translation>aprovado em</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="93" />
            <source>title (Spanish)</source>
            <translation>título (espanhol)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="93" />
            <source>title (French)</source>
            <translation>título (francês)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="94" />
            <source>title (Portuguese)</source>
            <translation>título (português)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="94" />
            <source>work area</source>
            <translation>área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="95" />
            <source>program</source>
            <translation>programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="95" />
            <source>project</source>
            <translation>projeto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="96" />
            <source>target by 30 June</source>
            <translation>meta até 30 de junho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="97" />
            <source>target July–December</source>
            <translation>meta julho–dezembro</translation>
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
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="103" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="117" />
            <source>{target} (H1 {first} · H2 {second})</source>
            <translation>{target} (S1 {first} · S2 {second})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="124" />
            <source>{title} — approved on {date}: every change is an amendment, with its reason.</source>
            <translation>{title} — aprovado em {date}: cada alteração é uma emenda, com o seu motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="127" />
            <source>{title} — draft, not approved yet. Every change asks for a reason and goes to the History tab.</source>
            <translation>{title} — rascunho, ainda não aprovado. Cada alteração pede um motivo e vai para a aba Histórico.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="142" />
            <source>{title} (retired)</source>
            <translation>{title} (retirado)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="164" />
            <source>amendment</source>
            <translation>emenda</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="195" />
            <source>Why? (required) {what}</source>
            <translation>Por quê? (obrigatório) {what}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="197" />
            <source>The plan is approved: this change is recorded as an amendment.</source>
            <translation>O plano está aprovado: esta alteração é registrada como emenda.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="199" />
            <source>Reason for the change</source>
            <translation>Motivo da alteração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="204" />
            <source>A reason is required</source>
            <translation>É necessário um motivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="205" />
            <source>Say why the plan changes: every change is kept in the plan's history with its reason.</source>
            <translation>Diga por que o plano muda: cada alteração fica no histórico do plano com o seu motivo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="212" />
            <source>The plan was not changed</source>
            <translation>O plano não foi alterado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="221" />
            <source>Add to the Plan</source>
            <translation>Adicionar ao plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="221" />
            <source>Title of the new item:</source>
            <translation>Título do novo item:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="224" />
            <source>Adding “{title}”.</source>
            <translation>Adicionando “{title}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="232" />
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="232" />
            <source>New title (English):</source>
            <translation>Novo título (inglês):</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="235" />
            <source>Renaming to “{title}”.</source>
            <translation>Renomeando para “{title}”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="243" />
            <source>Moving up.</source>
            <translation>Subindo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="243" />
            <source>Moving down.</source>
            <translation>Descendo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="255" />
            <source>Nowhere to move it</source>
            <translation>Não há para onde movê-lo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="255" />
            <source>The plan has no other item this one can go under (retired items take nothing).</source>
            <translation>O plano não tem outro item onde este possa ficar (os itens retirados não recebem nada).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="265" />
            <source>Moving it under “{parent}”.</source>
            <translation>Movendo-o para «{parent}».</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="273" />
            <source>Retiring it from the plan (kept, marked retired, if events point at it).</source>
            <translation>Retirando do plano (mantido, marcado como retirado, se houver eventos ligados a ele).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="296" />
            <source>Changing the target.</source>
            <translation>Alterando a meta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="311" />
            <source>Changing the translated titles.</source>
            <translation>Alterando os títulos traduzidos.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_editor.py" line="321" />
            <source>Approving the plan today ({date}); later changes are amendments.</source>
            <translation>Aprovando o plano hoje ({date}); as alterações posteriores são emendas.</translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="27" />
            <source>Import Plan Workbook — {name}</source>
            <translation>Importar pasta de trabalho do plano — {name}</translation>
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
                <numerusform>%n adicionado</numerusform>
                <numerusform>%n adicionados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="35" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n alterado</numerusform>
                <numerusform>%n alterados</numerusform>
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
                <numerusform>%n sem alterações</numerusform>
                <numerusform>%n sem alterações</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="41" />
            <source>What the workbook changes</source>
            <translation>O que a pasta de trabalho altera</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>Row</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="43" />
            <source>What changes</source>
            <translation>O que muda</translation>
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
            <translation>Por que o plano muda (obrigatório; guardado no histórico do plano com cada alteração)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="75" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="78" />
            <source>Rows with problems block the import: correct them in the workbook and import it again. Nothing was written.</source>
            <translation>As linhas com problemas bloqueiam a importação: corrija-as na pasta de trabalho e importe-a novamente. Nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="81" />
            <source>The workbook is the plan as it is: there is nothing to import.</source>
            <translation>A pasta de trabalho é o plano tal como está: não há nada a importar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="83" />
            <source>Nothing is written until you press Apply; then every change at once, each with the reason in the plan's history.</source>
            <translation>Nada é gravado até você clicar em Aplicar; então todas as alterações de uma vez, cada uma com o motivo no histórico do plano.</translation>
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
                <numerusform>Adicionados (%n)</numerusform>
                <numerusform>Adicionados (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="116" />
            <source>Changed (%n)</source>
            <translation>
                <numerusform>Alterados (%n)</numerusform>
                <numerusform>Alterados (%n)</numerusform>
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
                <numerusform>Sem alterações (%n)</numerusform>
                <numerusform>Sem alterações (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="119" />
            <source>Not in the workbook, kept as they are (%n)</source>
            <translation>
                <numerusform>Fora da pasta de trabalho, mantidos como estão (%n)</numerusform>
                <numerusform>Fora da pasta de trabalho, mantidos como estão (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="132" />
            <source>kept, marked retired: events point at it</source>
            <translation>mantido, marcado como retirado: há eventos ligados a ele</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="133" />
            <source>taken out of the plan: no events point at it</source>
            <translation>removido do plano: nenhum evento ligado a ele</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_import.py" line="135" />
            <source>new</source>
            <translation>novo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="148" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… e mais %n</numerusform>
                <numerusform>… e mais %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/plan_import.py" line="156" />
            <source>Rows not read (%n)</source>
            <translation>
                <numerusform>Linhas não lidas (%n)</numerusform>
                <numerusform>Linhas não lidas (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanTitlesDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="63" />
            <source>Translated titles</source>
            <translation>Títulos traduzidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="69" />
            <source>Approved (English)</source>
            <translation>Aprovado (inglês)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="74" />
            <source>(none: the English title is shown)</source>
            <translation>(nenhum: é exibido o título em inglês)</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkbook</name>
        <message>
            <location filename="../../cicte_desktop/exports/plan_xlsx.py" line="110" />
            <source>not approved yet</source>
            <translation>ainda não aprovado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="39" />
            <source>Level</source>
            <translation>Nível</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="40" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="41" />
            <source>Title (English)</source>
            <translation>Título (inglês)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="42" />
            <source>Title (Spanish)</source>
            <translation>Título (espanhol)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="43" />
            <source>Title (French)</source>
            <translation>Título (francês)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="44" />
            <source>Title (Portuguese)</source>
            <translation>Título (português)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="45" />
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="46" />
            <source>Target by 30 June</source>
            <translation>Meta até 30 de junho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="47" />
            <source>Target July–December</source>
            <translation>Meta julho–dezembro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="48" />
            <source>Unit</source>
            <translation>Unidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="49" />
            <source>Upon request</source>
            <translation>Mediante solicitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="50" />
            <source>Retired</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="51" />
            <source>Parent id</source>
            <translation>Id do pai</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="52" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="53" />
            <source>Carried from id</source>
            <translation>Id de origem</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Work area</source>
            <translation>Área de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Program</source>
            <translation>Programa</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="59" />
            <source>Project</source>
            <translation>Projeto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="60" />
            <source>Activity</source>
            <translation>Atividade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="64" />
            <source>Yes</source>
            <translation>Sim</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="64" />
            <source>No</source>
            <translation>Não</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Work plan</source>
            <translation>Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="69" />
            <source>Symbol</source>
            <translation>Símbolo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="70" />
            <source>Approved on</source>
            <translation>Aprovado em</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="74" />
            <source>How to use</source>
            <translation>Como usar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="80" />
            <source>How to use this workbook</source>
            <translation>Como usar esta pasta de trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="82" />
            <source>The Work plan sheet lists every item of the plan, one row each, in the plan's order: work areas, programs, projects and planned activities. Change it here, save it, and import it with Plan &gt; Import Plan Workbook… (or cicte-desktop plan import FILE). The import first shows what it would change: nothing is written until you confirm, with a reason, and every change goes to the plan's history.</source>
            <translation>A folha Plano de Trabalho lista cada item do plano, uma linha cada, na ordem do plano: áreas de trabalho, programas, projetos e atividades previstas. Altere-a aqui, salve-a e importe-a com Plano &gt; Importar pasta de trabalho do plano… (ou cicte-desktop plan import ARQUIVO). A importação mostra primeiro o que mudaria: nada é gravado até você confirmar, com um motivo, e cada alteração vai para o histórico do plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="87" />
            <source>To change an item, change its cells: its title in any language, its code (number or letter), its target, unit or “Upon request”.</source>
            <translation>Para alterar um item, mude as suas células: o título em qualquer idioma, o código (número ou letra), a meta, a unidade ou “Mediante solicitação”.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="89" />
            <source>To add an item, add a row with an empty Id where it goes, and say its Level. It goes under the nearest row above it of the level above (a program under the work area above it, and so on), or under the item named by its Parent id, and takes its row's place among its siblings. A new item's code, left empty, is the next free one.</source>
            <translation>Para adicionar um item, adicione uma linha com o Id vazio onde ele deve ficar e indique o Nível. Ele fica sob a linha mais próxima acima dele do nível superior (um programa sob a área de trabalho acima, etc.), ou sob o item indicado no Id do pai, e ocupa o lugar da sua linha entre os irmãos. O código de um item novo, deixado vazio, é o próximo livre.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="93" />
            <source>To retire an item, set Retired to Yes. An item that events point at is kept, marked retired, with its events; one without events is taken out of the plan. Rows are never deleted: a row you delete is left in the plan as it is (the import lists it).</source>
            <translation>Para retirar um item, ponha Retirado em Sim. Um item ligado a eventos é mantido, marcado como retirado, com os seus eventos; um sem eventos é removido do plano. As linhas nunca são apagadas: uma linha que você apague fica no plano como está (a importação a lista).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="96" />
            <source>To move an item up or down, move its row among its siblings. To move it under another parent of the same level, put that parent's Id in its Parent id: it goes last there.</source>
            <translation>Para subir ou descer um item, mova a sua linha entre os irmãos. Para movê-lo para outro pai do mesmo nível, ponha o Id desse pai no Id do pai: ele fica por último lá.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="98" />
            <source>Do not edit the Id, Parent id (except to move) or Carried from id columns, nor the hidden row above the headings: they tie each row to its item.</source>
            <translation>Não edite as colunas Id, Id do pai (exceto para mover) nem Id de origem, nem a linha oculta acima dos cabeçalhos: ligam cada linha ao seu item.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="100" />
            <source>The Year above the table says which year's plan the workbook is for. To draft next year's plan, change the Year: if that year has no plan yet, the import creates it as a copy of this one, with your changes.</source>
            <translation>O Ano acima da tabela diz de que ano é o plano da pasta de trabalho. Para redigir o plano do ano seguinte, mude o Ano: se esse ano ainda não tem plano, a importação o cria como cópia deste, com as suas alterações.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="102" />
            <source>Targets are whole numbers from 0 to 1,000,000. Type values, not formulas: a cell holding a formula is refused. Titles have at most 2,000 characters, units 200.</source>
            <translation>As metas são números inteiros de 0 a 1.000.000. Digite valores, não fórmulas: uma célula com fórmula é recusada. Os títulos têm no máximo 2.000 caracteres, as unidades 200.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="104" />
            <source>An activity may split its target between the halves of the year: how many are due by 30 June and how many in July-December. Both given add up to the target; one alone leaves the rest to the other half; both empty: not split.</source>
            <translation>Uma atividade pode dividir sua meta entre as duas metades do ano: quantas são esperadas até 30 de junho e quantas em julho-dezembro. Se ambas forem dadas, somam a meta; uma só deixa o restante para a outra metade; ambas vazias: sem divisão.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_layout.py" line="107" />
            <source>Headings may be in English, Spanish, French or Portuguese; title rows, blank rows and a total row without Level and Id are skipped. Do not merge cells in the table.</source>
            <translation>Os cabeçalhos podem estar em inglês, espanhol, francês ou português; linhas de título, linhas vazias e uma linha de total sem Nível nem Id são ignoradas. Não mescle células na tabela.</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkbookImport</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="115" />
            <source>{name}: the table of the sheet {sheet} lacks the columns {columns}.</source>
            <translation>{name}: faltam à tabela da folha {sheet} as colunas {columns}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="123" />
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, linha {row}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="125" />
            <source>{sheet}, row {row}, column {letter} ({heading})</source>
            <translation>{sheet}, linha {row}, coluna {letter} ({heading})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="130" />
            <source>{sheet}, cells {cells}: merged cells in the table; unmerge them (each row needs its own values).</source>
            <translation>{sheet}, células {cells}: células mescladas na tabela; desfaça a mescla (cada linha precisa dos seus próprios valores).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="144" />
            <source>There is no work plan for {year}, and the rows of {name} carry no Id of another year's plan to start it from. Export an earlier year's plan workbook, change its Year to {year}, and edit it.</source>
            <translation>Não há plano de trabalho para {year}, e as linhas de {name} não trazem nenhum Id do plano de outro ano a partir do qual começá-lo. Exporte a pasta de trabalho do plano de um ano anterior, mude o Ano para {year} e edite-a.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="148" />
            <source>There is no work plan for {year}, and the Ids of {name} belong to the plans of several years ({years}): a new plan starts from one.</source>
            <translation>Não há plano de trabalho para {year}, e os Id de {name} pertencem a planos de vários anos ({years}): um plano novo parte de um só.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="173" />
            <source>{where}: no Level and no Id, not an item (a total or a note?): “{text}”</source>
            <translation>{where}: sem Nível nem Id, não é um item (um total ou uma nota?): “{text}”</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="179" />
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="183" />
            <source>holds a formula ({formula}); the import takes typed values only (a formula is never computed here): type the value</source>
            <translation>contém uma fórmula ({formula}); a importação aceita só valores digitados (aqui uma fórmula nunca é calculada): digite o valor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="187" />
            <source>holds the error {value}</source>
            <translation>contém o erro {value}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="192" />
            <source>“{value}” is not a level ({levels})</source>
            <translation>“{value}” não é um nível ({levels})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="194" />
            <source>the Level is empty ({levels})</source>
            <translation>o Nível está vazio ({levels})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="199" />
            <source>the same Id is on row {row} too; each item has one row</source>
            <translation>o mesmo Id está também na linha {row}; cada item tem uma linha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="207" />
            <source>this Id is an item of the {other} plan, not of the {year} plan</source>
            <translation>este Id é um item do plano {other}, não do plano {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="210" />
            <source>no item of the {year} plan has this Id (taken out of the plan, or from another database); leave the Id empty to add an item</source>
            <translation>nenhum item do plano {year} tem este Id (removido do plano, ou de outro banco de dados); deixe o Id vazio para adicionar um item</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="215" />
            <source>this item is a {level}; an item's level cannot change (add a new row and retire this one)</source>
            <translation>este item é de nível {level}; o nível de um item não pode mudar (adicione uma linha nova e retire esta)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="220" />
            <source>an item needs a title</source>
            <translation>um item precisa de um título</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="222" />
            <source>a title has at most {count} characters (this one has {length})</source>
            <translation>um título tem no máximo {count} caracteres (este tem {length})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="237" />
            <source>activities have no code (they are numbered by their order)</source>
            <translation>as atividades não têm código (são numeradas pela sua ordem)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="239" />
            <source>“{value}” is not a number like 3</source>
            <translation>“{value}” não é um número como 3</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="241" />
            <source>“{value}” is not a letter like B</source>
            <translation>“{value}” não é uma letra como B</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="243" />
            <source>a work area needs its number and a program its letter</source>
            <translation>uma área de trabalho precisa do seu número e um programa da sua letra</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="256" />
            <source>“{value}” is not a whole number from 0 to 1,000,000</source>
            <translation>“{value}” não é um número inteiro de 0 a 1.000.000</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="259" />
            <source>{value} is too large: a target is at most 1,000,000</source>
            <translation>{value} é grande demais: uma meta é no máximo 1.000.000</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="271" />
            <source>a unit has at most {count} characters (this one has {length})</source>
            <translation>uma unidade tem no máximo {count} caracteres (esta tem {length})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="286" />
            <source>“{value}” is neither {yes} nor {no}</source>
            <translation>“{value}” não é nem {yes} nem {no}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="295" />
            <source>only activities have targets</source>
            <translation>só as atividades têm metas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="305" />
            <source>a work area's Parent id is the plan's own (or empty)</source>
            <translation>o Id do pai de uma área de trabalho é o do próprio plano (ou vazio)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="311" />
            <source>no item of the {year} plan has this Id</source>
            <translation>nenhum item do plano {year} tem este Id</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="316" />
            <source>a {level} goes under a {parent_level}, but this Parent id is a {found}</source>
            <translation>um item de nível {level} fica sob um de nível {parent_level}, mas este Id do pai é de nível {found}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="326" />
            <source>no {parent_level} above this {level} and no Parent id: say where it goes</source>
            <translation>nenhum item de nível {parent_level} acima deste de nível {level} e nenhum Id do pai: diga onde fica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="343" />
            <source>a new item cannot be retired; leave the row out</source>
            <translation>um item novo não pode ser retirado; remova a linha</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="354" />
            <source>{where}: its parent is being retired; retire it too, or move it under another parent</source>
            <translation>{where}: o pai está sendo retirado; retire-o também, ou mova-o para outro pai</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="356" />
            <source>Order</source>
            <translation>Ordem</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="366" />
            <source>{where}: {code} is also the code of row {row}, under the same parent; each item has its own</source>
            <translation>{where}: {code} é também o código da linha {row}, sob o mesmo pai; cada item tem o seu</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook.py" line="372" />
            <source>{name}: the sheet {sheet} lists no items of a plan.</source>
            <translation>{name}: a folha {sheet} não lista itens de um plano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="96" />
            <source>There is no work plan for {year} yet: importing CREATES it, as a copy of the {source} plan (every item carried over, linked to the one it came from) with the changes below.</source>
            <translation>Ainda não há plano de trabalho para {year}: importar o CRIA, como cópia do plano {source} (cada item transferido, ligado ao de origem) com as alterações abaixo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="99" />
            <source>The {year} work plan ({symbol}) exists: importing ADDS TO it — the items below are added, changed or retired in it; the others stay as they are.</source>
            <translation>O plano de trabalho {year} ({symbol}) existe: importar o COMPLEMENTA — os itens abaixo são adicionados, alterados ou retirados nele; os demais ficam como estão.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="106" />
            <source>This computer is a laptop: plan changes are made at headquarters, where they travel to every laptop. This workbook can be previewed here, not imported.</source>
            <translation>Este computador é um laptop: as alterações do plano são feitas na sede, de onde chegam a todos os laptops. Aqui esta pasta de trabalho pode ser vista, não importada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="165" />
            <source>Nothing was imported: correct the rows with problems in the workbook first.</source>
            <translation>Nada foi importado: corrija primeiro as linhas com problemas na pasta de trabalho.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="167" />
            <source>Nothing was imported: this computer is a laptop, and plan changes are made at headquarters (where they travel to every laptop). Import the workbook there.</source>
            <translation>Nada foi importado: este computador é um laptop, e as alterações do plano são feitas na sede (de onde chegam a todos os laptops). Importe a pasta de trabalho lá.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="170" />
            <source>Nothing to import: the workbook is the plan as it is.</source>
            <translation>Nada a importar: a pasta de trabalho é o plano tal como está.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="183" />
            <source>Nothing was imported: {reason}</source>
            <translation>Nada foi importado: {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="187" />
            <source>Nothing was imported: the database refused the change ({detail}).</source>
            <translation>Nada foi importado: o banco de dados recusou a alteração ({detail}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="214" />
            <source>Nothing was imported: the {year} work plan changed since the workbook was read. Import it again to see what it would change now.</source>
            <translation>Nada foi importado: o plano de trabalho {year} mudou desde que a pasta de trabalho foi lida. Importe-a novamente para ver o que mudaria agora.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_changes.py" line="226" />
            <source>carried over from the {year} plan</source>
            <translation>transferido do plano {year}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="127" />
            <source>{name} could not be read as an Excel workbook (.xlsx): {detail}</source>
            <translation>{name} não pôde ser lido como pasta de trabalho do Excel (.xlsx): {detail}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="132" />
            <source>{name} has no Work plan sheet: export the plan workbook from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name} não tem folha Plano de Trabalho: exporte a pasta de trabalho do plano do CICTE Desktop, edite-a e importe-a de volta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="149" />
            <source>{name} holds more than {count} rows: a work plan has far fewer. Is it the plan workbook?</source>
            <translation>{name} tem mais de {count} linhas: um plano de trabalho tem muito menos. É a pasta de trabalho do plano?</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="156" />
            <source>{name}: row {row} of the sheet {sheet} cannot be read ({detail}); the workbook was damaged or altered.</source>
            <translation>{name}: a linha {row} da folha {sheet} não pode ser lida ({detail}); a pasta de trabalho foi danificada ou alterada.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="203" />
            <source>{name}: the sheet {sheet} has no table of the plan (no row with the headings Level, Title, Id… in its first {count} rows). Export the plan workbook from CICTE Desktop, edit it, and import it back.</source>
            <translation>{name}: a folha {sheet} não tem a tabela do plano (nenhuma linha com os cabeçalhos Nível, Título, Id… nas suas primeiras {count} linhas). Exporte a pasta de trabalho do plano do CICTE Desktop, edite-a e importe-a de volta.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="222" />
            <source>{name}: the Year above the table (row {row}) is not a year from {first} to {last}.</source>
            <translation>{name}: o Ano acima da tabela (linha {row}) não é um ano de {first} a {last}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_workbook_sheet.py" line="227" />
            <source>{name}: the sheet {sheet} does not say which year's plan it is for (the Year line above the table).</source>
            <translation>{name}: a folha {sheet} não diz de que ano é o plano (a linha Ano acima da tabela).</translation>
        </message>
    </context>
    <context>
        <name>PlanYears</name>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="80" />
            <source>{year} is not a year for a work plan (from {first} to {last}).</source>
            <translation>{year} não é um ano para um plano de trabalho (de {first} a {last}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="83" />
            <source>There is already a work plan for {year}; a year has one work plan, which can be edited.</source>
            <translation>Já existe um plano de trabalho para {year}; um ano tem um único plano de trabalho, que pode ser editado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="86" />
            <source>There is no work plan for {year} to start from (work plans: {years}).</source>
            <translation>Não há plano de trabalho de {year} de partida (planos de trabalho: {years}).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="87" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/plan_years.py" line="117" />
            <source>Carried over from the {year} work plan ({symbol}).</source>
            <translation>Transferido do plano de trabalho {year} ({symbol}).</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="6" />
            <source>Preferences</source>
            <translation>Preferências</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="14" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="27" />
            <source>Colours</source>
            <translation>Cores</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="37" />
            <source>Light, dark or high-contrast colours, or those of the system's light or dark setting. A change shows at once.</source>
            <translation>Cores claras, escuras ou de alto contraste, ou as do modo claro ou escuro do sistema. Uma mudança aparece na hora.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/preferences.ui" line="46" />
            <source>The window, messages, Excel workbooks and PDF reports use this language. It takes effect the next time CICTE Desktop starts.</source>
            <translation>A janela, as mensagens, as pastas de trabalho do Excel e os relatórios em PDF usam este idioma. A alteração entra em vigor na próxima inicialização do CICTE Desktop.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="31" />
            <source>The system's language ({language})</source>
            <translation>O idioma do sistema ({language})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="36" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/preferences.py" line="37" />
            <source>Follow the system ({theme})</source>
            <translation>Conforme o sistema ({theme})</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../cicte_desktop/services/privacy.py" line="208" />
            <source>The personal data were removed from the records, but the database file could not be rebuilt ({detail}), so old copies may remain in its free space. Close other programs using it, free some disk space, and remove personal data again.</source>
            <translation>Os dados pessoais foram removidos dos registros, mas o arquivo do banco de dados não pôde ser reconstruído ({detail}), por isso cópias antigas podem permanecer no seu espaço livre. Feche os outros programas que o utilizam, libere espaço em disco e remova os dados pessoais novamente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/privacy.py" line="213" />
            <source>The personal data were removed from the records, but another program kept the database busy, so old copies may remain in its journal. Close other programs using it and remove personal data again.</source>
            <translation>Os dados pessoais foram removidos dos registros, mas outro programa manteve o banco de dados ocupado, por isso cópias antigas podem permanecer no seu diário. Feche os outros programas que o utilizam e remova os dados pessoais novamente.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="21" />
            <source>Privacy</source>
            <translation>Privacidade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="24" />
            <source>Participants' names, e-mails and phones are personal data. They stay out of Excel exports unless you ask for them; field packages carry them, so that rosters can be merged (protect packages with a passphrase). Here you can remove them from older events for good: the counts by sex, institutions and countries are kept, and the removal is recorded in each event's history.</source>
            <translation>Nomes, e-mails e telefones dos participantes são dados pessoais. Eles ficam fora das exportações para o Excel, a menos que você os solicite; os pacotes de campo os levam, para que as listas nominais possam ser mescladas (proteja os pacotes com frase secreta). Aqui é possível removê-los definitivamente dos eventos mais antigos: as contagens por sexo, instituições e países são mantidas, e a remoção fica registrada no histórico de cada evento.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="29" />
            <source>They also go from the conflict history, the history of changes and drafts of those events, and the database file is rebuilt so that no copy of them remains in it. Backups made before keep theirs.</source>
            <translation>Também saem do histórico de conflitos, do histórico de alterações e dos rascunhos desses eventos, e o arquivo do banco de dados é reconstruído para que nele não reste nenhuma cópia. Os backups feitos antes mantêm as suas.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="39" />
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="42" />
            <source>Remove the personal data of events older than:</source>
            <translation>Remover os dados pessoais dos eventos com mais de:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="48" />
            <source>Remove personal data…</source>
            <translation>Remover dados pessoais…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="68" />
            <source>Remove personal data</source>
            <translation>Remover dados pessoais</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="68" />
            <source>Remove the names, e-mails and phones of the participants of every event that started before {date}? This cannot be undone.</source>
            <translation>Remover os nomes, e-mails e telefones dos participantes de todos os eventos iniciados antes de {date}? Esta ação não pode ser desfeita.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="70" />
            <source>Remove</source>
            <translation>Remover</translation>
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
                <numerusform>Dados pessoais removidos de %n participante.</numerusform>
                <numerusform>Dados pessoais removidos de %n participantes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/privacy.py" line="85" />
            <source>Removing personal data…</source>
            <translation>Removendo os dados pessoais…</translation>
        </message>
        <message>
            <source>Participants' names, e-mails and phones are personal data. They stay out of exports and field packages unless you ask for them. Here you can remove them from older events for good: the counts by sex, institutions and countries are kept, and the removal is recorded in each event's history.</source>
            <translation type="vanished">Nomes, e-mails e telefones dos participantes são dados pessoais. Eles ficam fora das exportações e dos pacotes de campo, a menos que você os solicite. Aqui é possível removê-los definitivamente dos eventos mais antigos: as contagens por sexo, instituições e países são mantidas, e a remoção fica registrada no histórico de cada evento.</translation>
        </message>
        <message>
            <source>Remove personal data of events that started more than</source>
            <translation type="vanished">Remover dados pessoais dos eventos iniciados mais de</translation>
        </message>
        <message>
            <source>ago</source>
            <translation type="vanished">atrás</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="35" />
            <source>CICTE Desktop cannot open the database</source>
            <translation>O CICTE Desktop não consegue abrir o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="42" />
            <source>The latest good backup was saved on {when} on {device}: {events}, {people}.</source>
            <translation>O último backup válido foi salvo em {when} no dispositivo {device}: {events}, {people}.</translation>
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
            <translation>Nenhum backup válido foi encontrado na pasta de dados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="51" />
            <source>Open the latest good backup</source>
            <translation>Abrir o último backup válido</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="53" />
            <source>Choose another file…</source>
            <translation>Escolher outro arquivo…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="54" />
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="63" />
            <source>The file that failed is left as it is: nothing in it is overwritten or deleted.</source>
            <translation>O arquivo com falha permanece como está: nada nele é sobrescrito nem excluído.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="109" />
            <source>The file that could not be opened was kept as {aside}. The backup of {when} is now open in its place.</source>
            <translation>O arquivo que não pôde ser aberto foi mantido como {aside}. O backup de {when} está aberto em seu lugar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="113" />
            <source>{path} was left as it is. The backup of {when} is open from {target}; open that file again next time (File &gt; Open Database).</source>
            <translation>{path} foi mantido como estava. O backup de {when} foi aberto a partir de {target}; da próxima vez, abra esse arquivo (Arquivo &gt; Abrir banco de dados).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="125" />
            <source>Open Database</source>
            <translation>Abrir banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="126" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bancos de dados do CICTE (*.sqlite *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="143" />
            <source>Cannot restore the backup</source>
            <translation>Não é possível restaurar o backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="145" />
            <source>Backup restored</source>
            <translation>Backup restaurado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="155" />
            <source>Restore from backup</source>
            <translation>Restaurar backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/recovery.py" line="156" />
            <source>Restoring {name}…</source>
            <translation>Restaurando {name}…</translation>
        </message>
        <message>
            <source>The latest good backup was saved on {when} on {device}: {events} events, {people} participants.</source>
            <translation type="vanished">O último backup válido foi salvo em {when} no dispositivo {device}: {events} eventos, {people} participantes.</translation>
        </message>
    </context>
    <context>
        <name>ReportsController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="58" />
            <source>Certificates of participation</source>
            <translation>Certificados de participação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="58" />
            <source>This event has no participants on its roster. Add them in the event's form (or import its attendance sheet) to print their certificates.</source>
            <translation>Este evento não tem participantes na lista nominal. Adicione-os no formulário do evento (ou importe a lista de presença) para imprimir os certificados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="88" />
            <source>PDF report</source>
            <translation>Relatório PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="88" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="92" />
            <source>Cannot make this report</source>
            <translation>Não é possível gerar este relatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="97" />
            <source>The report failed</source>
            <translation>Falha no relatório</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/reports.py" line="97" />
            <source>The report could not be written ({detail}).</source>
            <translation>Não foi possível gravar o relatório ({detail}).</translation>
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
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="58" />
            <source>Institution</source>
            <translation>Instituição</translation>
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
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="59" />
            <source>Phone</source>
            <translation>Telefone</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/roster_table.py" line="61" />
            <source>F or M; leave empty when not recorded</source>
            <translation>F ou M; deixe vazio se não houver registro</translation>
        </message>
    </context>
    <context>
        <name>SafetyController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="87" />
            <source>The database is in use</source>
            <translation>O banco de dados está em uso</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="87" />
            <source>{problem} Until then, changes cannot be saved; close CICTE Desktop and open it again when the other program is done.</source>
            <translation>{problem} Até lá, não é possível salvar alterações; feche o CICTE Desktop e abra-o novamente quando o outro programa terminar.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="103" />
            <source>Backed up on the server</source>
            <translation>Backup no servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="104" />
            <source>The server's administrator backs this database up</source>
            <translation>O administrador do servidor faz o backup deste banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="109" />
            <source>No automatic backup yet</source>
            <translation>Ainda não há backup automático</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="113" />
            <source>Last backup: %n hour(s) ago</source>
            <translation>
                <numerusform>Último backup: há %n hora</numerusform>
                <numerusform>Último backup: há %n horas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="114" />
            <source>Last backup: less than an hour ago</source>
            <translation>Último backup: há menos de uma hora</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="143" />
            <source>Back Up To</source>
            <translation>Fazer backup em</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="144" />
            <source>CICTE databases (*.sqlite)</source>
            <translation>Bancos de dados do CICTE (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="153" />
            <source>The backup failed</source>
            <translation>Falha no backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="154" />
            <source>Choose another file: this is the database you are working on.</source>
            <translation>Escolha outro arquivo: este é o banco de dados em uso.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="171" />
            <source>Saved {path}: {events}, {people}.</source>
            <translation>{path} salvo: {events}, {people}.</translation>
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
                <numerusform>Observação: %n linha do banco de dados aponta para registros ausentes; Ferramentas &gt; Verificar o banco de dados indica qual.</numerusform>
                <numerusform>Observação: %n linhas do banco de dados apontam para registros ausentes; Ferramentas &gt; Verificar o banco de dados indica quais.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="177" />
            <source>Back up</source>
            <translation>Fazer backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="181" />
            <source>Copying the database to {path}…</source>
            <translation>Copiando o banco de dados para {path}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="184" />
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="189" />
            <source>Restore From Backup</source>
            <translation>Restaurar backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="190" />
            <source>CICTE databases (*.sqlite *.db);;All files (*)</source>
            <translation>Bancos de dados do CICTE (*.sqlite *.db);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="206" />
            <source>{backup} is a backup of a laptop ({device}). Restored on the server, headquarters' database would become that laptop's, so it is not offered. To bring the laptop's work in, import its field package (File &gt; Import Field Package…).</source>
            <translation>{backup} é um backup de um notebook ({device}). Restaurado no servidor, o banco de dados da sede passaria a ser o desse notebook, por isso não é oferecido. Para trazer o trabalho do notebook, importe o pacote de campo dele (Arquivo &gt; Importar pacote de campo…).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="214" />
            <source>Restore from backup</source>
            <translation>Restaurar backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="215" />
            <source>Checking {name}…</source>
            <translation>Verificando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="216" />
            <source>Cannot restore this backup</source>
            <translation>Não é possível restaurar este backup</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="221" />
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the database you are working on with it? The current database is kept as a backup first.</source>
            <translation>Este backup foi salvo em {when} no dispositivo {device}. Contém {events} e {people}.

Substituir por ele o banco de dados em uso? Antes, será feito um backup do banco de dados atual.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="228" />
            <source>This backup was saved on {when} on {device}. It holds {events} and {people}.

Replace the content of the database on the server, {name}, with it, for every program manager? Its content as it is now is kept as a backup on this computer first.</source>
            <translation>Este backup foi salvo em {when} em {device}. Ele contém {events} e {people}.

Substituir por ele o conteúdo do banco de dados do servidor, {name}, para todos os gerentes de programa? Antes, o conteúdo atual é guardado como backup neste computador.</translation>
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
            <translation>Restaurado. O banco de dados anterior foi mantido em {kept}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="257" />
            <source>The restore failed</source>
            <translation>Falha na restauração</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="265" />
            <source>Restoring {name}…</source>
            <translation>Restaurando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="291" />
            <source>The backup was restored (the database as it was is kept in {kept}), but reading it again failed: {problem} Connect to the server again (File &gt; Connect to Server…).</source>
            <translation>O backup foi restaurado (o banco de dados como estava está guardado em {kept}), mas não foi possível lê-lo novamente: {problem} Conecte-se novamente ao servidor (Arquivo &gt; Conectar a um servidor…).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="325" />
            <source>{name}: no problems found.</source>
            <translation>{name}: nenhum problema encontrado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="326" />
            <source>{name}: problems found (below).</source>
            <translation>{name}: foram encontrados problemas (abaixo).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="329" />
            <source>Check the database</source>
            <translation>Verificar o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/safety.py" line="368" />
            <source>Backing up before closing…</source>
            <translation>Fazendo backup antes de fechar…</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server ({name}): its administrator backs it up, checks and restores it with PostgreSQL's own tools (see the README, "Headquarters on PostgreSQL"). To keep a copy of its content on this computer, export a field package with everything in it.</source>
            <translation type="vanished">Este banco de dados está em um servidor PostgreSQL ({name}): o seu administrador faz o backup, a verificação e a restauração com as ferramentas do próprio PostgreSQL (veja o README, "Headquarters on PostgreSQL"). Para manter uma cópia do conteúdo neste computador, exporte um pacote de campo com todo o conteúdo.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="54" />
            <source>the seeded work plan has {count} planned activities, not 70</source>
            <translation>o Plano de Trabalho inicial tem {count} atividades previstas, não 70</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="56" />
            <source>{areas} work areas, {activities} planned activities</source>
            <translation>{areas} áreas de trabalho, {activities} atividades previstas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="74" />
            <source>the roster read back differs from the one saved</source>
            <translation>a lista nominal lida difere da que foi salva</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="75" />
            <source>1 event, {count} participants</source>
            <translation>1 evento, {count} participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="92" />
            <source>the workbook's Events sheet does not hold the event</source>
            <translation>a planilha Eventos da pasta de trabalho não contém o evento</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="93" />
            <source>{size} KB, {events} events</source>
            <translation>{size} KB, {events} eventos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="104" />
            <source>{count} certificates were made for 3 participants</source>
            <translation>foram gerados {count} certificados para 3 participantes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="106" />
            <source>the report is not a PDF</source>
            <translation>o relatório não é um PDF</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="107" />
            <source>report of {pages} pages, {count} certificates</source>
            <translation>relatório de {pages} páginas, {count} certificados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="132" />
            <source>importing the same package twice would change the database</source>
            <translation>importar o mesmo pacote duas vezes alteraria o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="135" />
            <source>the event arrived without its roster</source>
            <translation>o evento chegou sem a lista nominal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="138" />
            <source>{records} records out and in, encrypted; a second import changed nothing</source>
            <translation>{records} registros exportados e importados, com criptografia; uma segunda importação não alterou nada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="151" />
            <source>integrity and references ok</source>
            <translation>integridade e referências ok</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="160" />
            <source>no graphical application could be started</source>
            <translation>não foi possível iniciar um aplicativo gráfico</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="166" />
            <source>the main window did not paint</source>
            <translation>a janela principal não foi renderizada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="167" />
            <source>the work plan tree shows {count} work areas, not 5</source>
            <translation>a árvore do Plano de Trabalho mostra {count} áreas de trabalho, não 5</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="171" />
            <source>the toolbar's icons could not be drawn (no SVG support)</source>
            <translation>não foi possível desenhar os ícones da barra de ferramentas (sem suporte a SVG)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="181" />
            <source>the dashboard's map of the member states could not be drawn</source>
            <translation>não foi possível desenhar o mapa dos Estados membros do painel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="185" />
            <source>the user guide (F1) could not be shown</source>
            <translation>não foi possível mostrar o guia do usuário (F1)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="190" />
            <source>painted {width}x{height}</source>
            <translation>renderizada em {width}x{height}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="206" />
            <source>the {language} translations are missing</source>
            <translation>as traduções ({language}) não foram encontradas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="208" />
            <source>the {language} translations are empty</source>
            <translation>as traduções ({language}) estão vazias</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="210" />
            <source>Qt's own {language} translations are missing</source>
            <translation>as traduções do próprio Qt ({language}) não foram encontradas</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="218" />
            <source>Create and seed a database</source>
            <translation>Criar e preencher um banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="219" />
            <source>Log an event with a roster</source>
            <translation>Registrar um evento com lista nominal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="220" />
            <source>Export an Excel workbook</source>
            <translation>Exportar uma pasta de trabalho do Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="221" />
            <source>Export a PDF report and certificates</source>
            <translation>Exportar um relatório PDF e certificados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="222" />
            <source>Export and re-import a field package</source>
            <translation>Exportar e reimportar um pacote de campo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="223" />
            <source>Check the database's integrity</source>
            <translation>Verificar a integridade do banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="224" />
            <source>Load the translations</source>
            <translation>Carregar as traduções</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="225" />
            <source>Open the main window</source>
            <translation>Abrir a janela principal</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="270" />
            <source>{step}: SKIPPED (an earlier step failed)</source>
            <translation>{step}: NÃO EXECUTADA (uma etapa anterior falhou)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="279" />
            <source>{step}: FAILED: {error}</source>
            <translation>{step}: FALHA: {error}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="283" />
            <source>{step}: OK ({detail}, {seconds:.2f} s)</source>
            <translation>{step}: OK ({detail}, {seconds:.2f} s)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="292" />
            <source>Self-test passed: {count} steps in {seconds:.1f} s.</source>
            <translation>Autoteste aprovado: {count} etapas em {seconds:.1f} s.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/selftest.py" line="292" />
            <source>Self-test FAILED: {failed} of {count} steps failed, see above.</source>
            <translation>Autoteste COM FALHA: {failed} de {count} etapas falharam; veja acima.</translation>
        </message>
        <message>
            <source>Self-test FAILED: {count} steps, see above.</source>
            <translation type="vanished">Autoteste COM FALHA ({count} etapas); veja acima.</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="93" />
            <source>{database} on {host}:{port}</source>
            <translation>{database} em {host}:{port}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="113" />
            <source>“{host}” is not a server: type a name such as db.example.org or an address such as 10.0.0.5, and the port in its own field.</source>
            <translation>“{host}” não é um servidor: digite um nome como db.example.org ou um endereço como 10.0.0.5, e a porta no seu próprio campo.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="123" />
            <source>{url} is not a PostgreSQL URL like postgresql://user@host/cicte</source>
            <translation>{url} não é uma URL do PostgreSQL como postgresql://user@host/cicte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="128" />
            <source>{url} has a port that is not a number from 1 to 65535</source>
            <translation>{url} tem uma porta que não é um número de 1 a 65535</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="130" />
            <source>Leave the password out of the URL: the app never keeps passwords. Put it in your .pgpass file (or the PGPASSWORD variable), where PostgreSQL's own tools find it.</source>
            <translation>Não coloque a senha na URL: o aplicativo nunca guarda senhas. Coloque-a no seu arquivo .pgpass (ou na variável PGPASSWORD), onde as próprias ferramentas do PostgreSQL a encontram.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="136" />
            <source>{url} names no database: write it as postgresql://user@host/cicte</source>
            <translation>{url} não indica nenhum banco de dados: escreva-a como postgresql://user@host/cicte</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="158" />
            <source>The server {name} did not accept user {user}: put the password in your .pgpass file or the PGPASSWORD variable ({reason})</source>
            <translation>O servidor {name} não aceitou o usuário {user}: coloque a senha no seu arquivo .pgpass ou na variável PGPASSWORD ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="161" />
            <source>The server {host} has no user {user}: the database administrator creates it (see the README, "Headquarters on PostgreSQL")</source>
            <translation>O servidor {host} não tem o usuário {user}: quem o cria é o administrador do banco de dados (veja o README, "Headquarters on PostgreSQL")</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="164" />
            <source>There is no database {database} on {host}: the database administrator creates it (see the README, "Headquarters on PostgreSQL")</source>
            <translation>Não há banco de dados {database} em {host}: quem o cria é o administrador do banco de dados (veja o README, "Headquarters on PostgreSQL")</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="167" />
            <source>User {user} may not change the database {name}: the database administrator makes that user its owner (see the README, "Headquarters on PostgreSQL") ({reason})</source>
            <translation>O usuário {user} não pode alterar o banco de dados {name}: o administrador do banco de dados deve tornar esse usuário o proprietário do banco (veja o README, "Headquarters on PostgreSQL") ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="171" />
            <source>There is no server called {host} on the network this computer is on: check its name, and that this computer is connected (for example to the office network or its VPN).</source>
            <translation>Não há nenhum servidor chamado {host} na rede a que este computador está conectado: verifique o nome e se o computador está conectado (por exemplo, à rede do escritório ou à VPN dela).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="174" />
            <source>Could not reach the PostgreSQL server at {host}:{port}: check that it is running and accepts connections from this computer ({reason})</source>
            <translation>Não foi possível acessar o servidor PostgreSQL em {host}:{port}: verifique se ele está em execução e aceita conexões deste computador ({reason})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="176" />
            <source>Could not work with the database {name}: {reason}</source>
            <translation>Não foi possível trabalhar com o banco de dados {name}: {reason}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server.py" line="183" />
            <source>The database {name} was upgraded by a newer CICTE Desktop (schema {revision}); this version knows schemas up to {head}. Install the newer version.</source>
            <translation>O banco de dados {name} foi atualizado por uma versão mais recente do CICTE Desktop (esquema {revision}); esta versão conhece os esquemas até o {head}. Instale a versão mais recente.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_database.py" line="222" />
            <source>The database {name} is not ready for this version of CICTE Desktop: run cicte-desktop --db {url} upgrade once (the database administrator, when every manager has this version).</source>
            <translation>O banco de dados {name} não está pronto para esta versão do CICTE Desktop: execute uma vez cicte-desktop --db {url} upgrade (o administrador do banco de dados, quando todos os gestores tiverem esta versão).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_setup.py" line="47" />
            <source>The database {name} already holds tables of another program ({tables}); CICTE Desktop needs a database of its own: ask the database administrator for an empty one.</source>
            <translation>O banco de dados {name} já contém tabelas de outro programa ({tables}); o CICTE Desktop precisa de um banco de dados próprio: peça um vazio ao administrador do banco de dados.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/db/server_setup.py" line="80" />
            <source>The database {name} sorts text as {collation}; CICTE Desktop needs the order the laptops use. Ask the database administrator to create it again, empty, with createdb --locale=C.UTF-8 --template=template0 (see the README, "Headquarters on PostgreSQL").</source>
            <translation>O banco de dados {name} ordena o texto como {collation}; o CICTE Desktop precisa da ordem que os laptops usam. Peça ao administrador do banco de dados que o crie novamente, vazio, com createdb --locale=C.UTF-8 --template=template0 (veja o README, "Headquarters on PostgreSQL").</translation>
        </message>
    </context>
    <context>
        <name>ServerConnectDialog</name>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="6" />
            <source>Connect to Server</source>
            <translation>Conectar a um servidor</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="18" />
            <source>Headquarters' database on a PostgreSQL server, shared by the program managers. Ask the database administrator for these details.</source>
            <translation>O banco de dados da sede em um servidor PostgreSQL, compartilhado pelos gestores de programas. Peça estes dados ao administrador do banco de dados.</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="30" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="47" />
            <source>&amp;Port:</source>
            <translation>&amp;Porta:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="70" />
            <source>&amp;Database:</source>
            <translation>&amp;Banco de dados:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="87" />
            <source>&amp;User:</source>
            <translation>&amp;Usuário:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="100" />
            <source>Pass&amp;word:</source>
            <translation>Se&amp;nha:</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="113" />
            <source>Empty: the one in your .pgpass file</source>
            <translation>Vazia: a do seu arquivo .pgpass</translation>
        </message>
        <message>
            <location filename="../../ui/forms/server_connect.ui" line="122" />
            <source>The password is used for this session only and never saved by CICTE Desktop. Not to type it each time, put it in your .pgpass file (the administrator can help).</source>
            <translation>A senha é usada apenas nesta sessão e o CICTE Desktop nunca a salva. Para não digitá-la toda vez, coloque-a no seu arquivo .pgpass (o administrador pode ajudar).</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="30" />
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="64" />
            <source>the server</source>
            <translation>o servidor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="64" />
            <source>the database</source>
            <translation>o banco de dados</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/server_connect.py" line="65" />
            <source>the user</source>
            <translation>o usuário</translation>
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
            <translation>Preferências</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="45" />
            <source>CICTE Desktop will be in {language} the next time it starts.</source>
            <translation>O CICTE Desktop usará o idioma {language} a partir da próxima inicialização.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="64" />
            <source>Text size: {percent} of the system's</source>
            <translation>Tamanho do texto: {percent} do tamanho do sistema</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="74" />
            <source>Translated titles</source>
            <translation>Títulos traduzidos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="74" />
            <source>Select a work area, program, project or planned activity first.</source>
            <translation>Selecione primeiro uma área de trabalho, programa, projeto ou atividade prevista.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="84" />
            <source>Cannot save the titles</source>
            <translation>Não é possível salvar os títulos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="84" />
            <source>The titles could not be written ({detail}). Nothing was changed.</source>
            <translation>Não foi possível gravar os títulos ({detail}). Nada foi alterado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="106" />
            <source>About CICTE Desktop</source>
            <translation>Sobre o CICTE Desktop</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/settings.py" line="106" />
            <source>CICTE Desktop {version}

Plans, logs and reports the capacity-building work of the Secretariat of the Inter-American Committee against Terrorism (OAS).

Database: {path}</source>
            <translation>CICTE Desktop {version}

Planeja, registra e relata o trabalho de capacitação da Secretaria do Comitê Interamericano contra o Terrorismo (OEA).

Banco de dados: {path}</translation>
        </message>
    </context>
    <context>
        <name>TargetDialog</name>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="27" />
            <source>Target of the Activity</source>
            <translation>Meta da atividade</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="28" />
            <source>no number</source>
            <translation>sem número</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="32" />
            <source>workshops, missions, countries…</source>
            <translation>oficinas, missões, países…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="33" />
            <source>Upon request of member states</source>
            <translation>Mediante solicitação dos Estados membros</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="36" />
            <source>not set</source>
            <translation>não indicada</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="43" />
            <source>&amp;How many:</source>
            <translation>&amp;Quantos:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="44" />
            <source>&amp;Unit:</source>
            <translation>&amp;Unidade:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="46" />
            <source>Due by 30 &amp;June:</source>
            <translation>Até 30 de &amp;junho:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="47" />
            <source>Due July–&amp;December:</source>
            <translation>Julho–&amp;dezembro:</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="82" />
            <source>Optional. Without them the target is expected evenly over the year.</source>
            <translation>Opcional. Sem elas, a meta é esperada de forma uniforme ao longo do ano.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="86" />
            <source>{first} due by 30 June, all {target} by 31 December.</source>
            <translation>{first} até 30 de junho; todas as {target} até 31 de dezembro.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/plan_item_dialogs.py" line="102" />
            <source>The target was not changed</source>
            <translation>A meta não foi alterada</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="103" />
            <source>{column} is not as its table allows ({detail})</source>
            <translation>{column} não é como sua tabela permite ({detail})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="104" />
            <source>a value</source>
            <translation>um valor</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/decoding.py" line="105" />
            <source>{record}: {problem}</source>
            <translation>{record}: {problem}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="46" />
            <source>it has a half-year target but no numeric target</source>
            <translation>tem meta semestral mas não uma meta numérica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="49" />
            <source>its half-year target {half} is more than its target {target}</source>
            <translation>a sua meta semestral {half} é maior do que a sua meta {target}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/records.py" line="51" />
            <source>its half-year targets {first} + {second} do not add up to its target {target}</source>
            <translation>as suas metas semestrais {first} + {second} não somam a sua meta {target}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/rows.py" line="68" />
            <source>{record}: it has the wrong number of values</source>
            <translation>{record}: tem um número errado de valores</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/rows.py" line="79" />
            <source>it appears twice</source>
            <translation>aparece duas vezes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="72" />
            <source>{column} is missing</source>
            <translation>falta {column}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="76" />
            <source>{column} {value} is not a whole number</source>
            <translation>{column} {value} não é um número inteiro</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="78" />
            <source>{column} {value} is not 0 or 1</source>
            <translation>{column} {value} não é 0 nem 1</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="80" />
            <source>{column} {value} is not one of {choices}</source>
            <translation>{column} {value} não é um de {choices}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="83" />
            <source>{column} {value} is not between {low} and {high}</source>
            <translation>{column} {value} não está entre {low} e {high}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="88" />
            <source>{column} {value} is not a number</source>
            <translation>{column} {value} não é um número</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="94" />
            <source>{column} {value} is not text</source>
            <translation>{column} {value} não é texto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="97" />
            <source>{column} is {length} characters long; at most {limit} are allowed</source>
            <translation>{column} tem {length} caracteres; são permitidos no máximo {limit}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="105" />
            <source>{column} {value} is not a list of texts</source>
            <translation>{column} {value} não é uma lista de textos</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="114" />
            <source>{column} {value} is not an identifier (8-4-4-4-12 lowercase hexadecimal)</source>
            <translation>{column} {value} não é um identificador (8-4-4-4-12 hexadecimal em minúsculas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="119" />
            <source>{column} {value} is not a file checksum (64 lowercase hexadecimal characters)</source>
            <translation>{column} {value} não é uma soma de verificação de arquivo (64 caracteres hexadecimais em minúsculas)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="124" />
            <source>{column} {value} is not a date</source>
            <translation>{column} {value} não é uma data</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="130" />
            <source>{column} {value} is outside the years {first} to {last}</source>
            <translation>{column} {value} está fora dos anos {first} a {last}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="135" />
            <source>{column} {value} is not a time stamp</source>
            <translation>{column} {value} não é um carimbo de data e hora</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/validation/values.py" line="137" />
            <source>{column} {value} is later than this computer's clock allows</source>
            <translation>{column} {value} é posterior ao que o relógio deste computador permite</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="15" />
            <source>Mission</source>
            <translation>Missão</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="16" />
            <source>Workshop</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="17" />
            <source>Training course</source>
            <translation>Curso de capacitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="18" />
            <source>Exercise</source>
            <translation>Exercício</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="19" />
            <source>Assessment</source>
            <translation>Avaliação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="20" />
            <source>Conference</source>
            <translation>Conferência</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="21" />
            <source>Meeting</source>
            <translation>Reunião</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="22" />
            <source>Webinar</source>
            <translation>Webinar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="23" />
            <source>Technical assistance</source>
            <translation>Assistência técnica</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="26" />
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="27" />
            <source>Completed</source>
            <translation>Concluído</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="28" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/vocabulary.py" line="29" />
            <source>Postponed</source>
            <translation>Adiado</translation>
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
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="108" />
            <source>there is no work plan for {year} (work plans: {years})</source>
            <translation>não há plano de trabalho para {year} (planos de trabalho: {years})</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/services/workplan.py" line="119" />
            <source>the period {start} to {end} covers the work plans of {years}: figures are measured against one year's plan, so choose a period within one of these years</source>
            <translation>o período de {start} a {end} abrange os planos de trabalho de {years}: os números são medidos contra o plano de um único ano, então escolha um período dentro de um desses anos</translation>
        </message>
    </context>
    <context>
        <name>WorkPlanTreeModel</name>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="243" />
            <source>Work plan</source>
            <translation>Plano de Trabalho</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="246" />
            <source>Work areas, programs, projects and planned activities of the approved work plan</source>
            <translation>Áreas de trabalho, programas, projetos e atividades previstas do Plano de Trabalho aprovado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="247" />
            <source>The target as the work plan states it; for work areas, programs and projects, the sum of the numeric targets below them (of different units)</source>
            <translation>A meta tal como consta do Plano de Trabalho; para áreas de trabalho, programas e projetos, a soma das metas numéricas abaixo deles (de unidades diferentes)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="249" />
            <source>Units of completed events counted toward the item (each event counts 1 unless set otherwise), under the current filters; for parents, everything below them, activities without a numeric target and surpluses included</source>
            <translation>Unidades dos eventos concluídos contabilizadas para o item (cada evento conta 1, salvo indicação em contrário), conforme os filtros atuais; para os níveis superiores, tudo o que está abaixo deles, incluídos as atividades sem meta numérica e os excedentes</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="252" />
            <source>The member state's share of the units achieved under the plan by every member state, under the same filters (a contribution, not progress against the hemisphere-wide target)</source>
            <translation>A parcela do Estado membro nas unidades alcançadas no plano por todos os Estados membros, com os mesmos filtros (uma contribuição, não o progresso em relação à meta hemisférica)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="255" />
            <source>Share of the numeric targets met; each activity counts up to its own target, so a surplus in one does not hide a shortfall in another</source>
            <translation>Proporção das metas numéricas cumpridas; cada atividade conta até o limite de sua própria meta, de modo que o excedente de uma não oculta o déficit de outra</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="257" />
            <source>Events logged under the item, of any status, under the current filters</source>
            <translation>Eventos registrados no item, em qualquer situação, conforme os filtros atuais</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="304" />
            <source>Upon request</source>
            <translation>Mediante solicitação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="305" />
            <source>No target</source>
            <translation>Sem meta</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/qtmodels/workplan_tree.py" line="322" />
            <source>{count} matching events</source>
            <translation>{count} eventos correspondentes</translation>
        </message>
        <message>
            <source>Target</source>
            <translation type="vanished">Meta</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation type="vanished">Alcançado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="vanished">Progresso</translation>
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
            <translation type="vanished">{toward} de {target} cumpridas ({percent}%); {achieved} no total</translation>
        </message>
        <message numerus="yes">
            <source>%n target unit(s)</source>
            <translation type="vanished">
                <numerusform>%n unidade da meta</numerusform>
                <numerusform>%n unidades da meta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) achieved</source>
            <translation type="vanished">
                <numerusform>%n unidade alcançada</numerusform>
                <numerusform>%n unidades alcançadas</numerusform>
            </translation>
        </message>
        <message>
            <source>No numeric target: see the events and achieved units</source>
            <translation type="vanished">Sem meta numérica: veja os eventos e as unidades alcançadas</translation>
        </message>
        <message>
            <source>{toward} of {target} target units met ({percent}%); {achieved} units achieved in all</source>
            <translation type="vanished">{toward} de {target} unidades da meta cumpridas ({percent}%); {achieved} unidades alcançadas no total</translation>
        </message>
    </context>
    <context>
        <name>WorkbooksController</name>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="57" />
            <source>Wrote {path}: {events}.</source>
            <translation>{path} gravado: {events}.</translation>
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
            <translation>Não é possível exportar este período</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="67" />
            <source>The export failed</source>
            <translation>Falha na exportação</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="67" />
            <source>{path} could not be written ({detail}). No partial file was left.</source>
            <translation>Não foi possível gravar {path} ({detail}). Nenhum arquivo parcial foi deixado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="72" />
            <source>Writing {name}…</source>
            <translation>Gravando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="75" />
            <source>Cancelled: no file was written.</source>
            <translation>Cancelado: nenhum arquivo foi gravado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="78" />
            <source>Import events from Excel</source>
            <translation>Importar eventos do Excel</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="79" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="108" />
            <source>Cannot import this file</source>
            <translation>Não é possível importar este arquivo</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="111" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="112" />
            <source>Reading {name}…</source>
            <translation>Lendo {name}…</translation>
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
                <numerusform>%n evento criado</numerusform>
                <numerusform>%n eventos criados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="124" />
            <source>%n changed</source>
            <translation>
                <numerusform>%n alterado</numerusform>
                <numerusform>%n alterados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="132" />
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="136" />
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="140" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importação cancelada: nada foi importado.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="163" />
            <source>The work plan was not created</source>
            <translation>O plano de trabalho não foi criado</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="166" />
            <source>Started the {year} work plan from the {source} plan.</source>
            <translation>O plano de trabalho {year} foi iniciado a partir do plano {source}.</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="196" />
            <source>Export Plan Workbook</source>
            <translation>Exportar pasta de trabalho do plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="196" />
            <source>Work plan {year}.xlsx</source>
            <translation>Plano de trabalho {year}.xlsx</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="212" />
            <source>Wrote {path}: {items} of the {year} work plan. Edit it in Excel (its How to use sheet says how), then import it with Plan &gt; Import Plan Workbook….</source>
            <translation>Gravado {path}: {items} do plano de trabalho {year}. Edite-o no Excel (a folha Como usar explica como) e importe-o com Plano &gt; Importar pasta de trabalho do plano….</translation>
        </message>
        <message numerus="yes">
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="215" />
            <source>%n plan item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n itens</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="228" />
            <source>Import Plan Workbook</source>
            <translation>Importar pasta de trabalho do plano</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="229" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
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
                <numerusform>%n adicionado</numerusform>
                <numerusform>%n adicionados</numerusform>
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
            <translation>Plano de trabalho {year} criado: {changes}</translation>
        </message>
        <message>
            <location filename="../../cicte_desktop/views/controllers/workbooks.py" line="273" />
            <source>Changed the {year} work plan: {changes}</source>
            <translation>Plano de trabalho {year} alterado: {changes}</translation>
        </message>
    </context>
</TS>
