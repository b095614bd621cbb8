<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.ui" line="14"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../about.ui" line="25"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;PCManFM-Qt&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-size:16pt; font-weight:600;&quot;&gt;PCManFM-Qt&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="48"/>
        <source>Lightweight file manager</source>
        <translation>Gerenciador de Arquivos Leve</translation>
    </message>
    <message>
        <location filename="../about.ui" line="144"/>
        <source>PCManFM-Qt File Manager

Copyright (C) 2009 - 2014 洪任諭 (Hong Jen Yee)

This program is free software; you can redistribute it and/or
modify it under the terms of the GNU General Public License
as published by the Free Software Foundation; either version 2
of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301, USA.</source>
        <translation>Gerenciador de arquivos PCManFM-Qt

Copyright (C) 2009 - 2014 洪任諭 (Hong Jen Yee)

Esse programa é um software livre: você pode distribuí-lo e/ou
modificá-lo sob os termos da Licença Pública Geral GNU
publicada pela Free Software Foundation, tanto na versão 2
da licença ou, como opção, qualquer versão posterior.

Esse programa é distribuído na esperança de ser útil,
mas não possui NENHUMA GARANTIA, nem mesmo a garantia implícita
de COMERCIALIDADE ou PARA USO PARTICULAR. Veja a
Licença Pública Geral GNU para mais detalhes.

Você deve ter recebido uma cópia da Licença Pública Geral GNU
juntamente com esse programa. Se não, escreva para a Free Software
Foundation: Inc., 51 Franklin Street, 5º Andar, Boston, MA  02110-1301, EUA.</translation>
    </message>
    <message>
        <location filename="../about.ui" line="122"/>
        <source>Programming:
* Hong Jen Yee (PCMan) &lt;pcman.tw@gmail.com&gt;
</source>
        <translation>Programação:
* Hong Jen Yee (PCMan) &lt;pcman.tw@gmail.com&gt;
</translation>
    </message>
    <message>
        <location filename="../about.ui" line="58"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt&quot;&gt;https://github.com/lxqt/pcmanfm-qt&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt&quot;&gt;https://github.com/lxqt/pcmanfm-qt&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="74"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wiki: &lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt/wiki&quot;&gt;https://github.com/lxqt/pcmanfm-qt/wiki&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wiki: &lt;a href=&quot;https://github.com/lxqt/pcmanfm-qt/wiki&quot;&gt;https://github.com/lxqt/pcmanfm-qt/wiki&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../about.ui" line="113"/>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <location filename="../about.ui" line="135"/>
        <source>License</source>
        <translation>Licença</translation>
    </message>
</context>
<context>
    <name>AutoRunDialog</name>
    <message>
        <location filename="../autorun.ui" line="14"/>
        <source>Removable medium is inserted</source>
        <translation>Mídia removível inserida</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="33"/>
        <source>&lt;b&gt;Removable medium is inserted&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mídia removível inserida&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="40"/>
        <source>Type of medium:</source>
        <translation>Tipo de mídia:</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="47"/>
        <source>Detecting...</source>
        <translation>Detectando....</translation>
    </message>
    <message>
        <location filename="../autorun.ui" line="56"/>
        <source>Please select the action you want to perform:</source>
        <translation>Selecione a ação que deseja executar:</translation>
    </message>
</context>
<context>
    <name>BulkRenameDialog</name>
    <message>
        <location filename="../bulk-rename.ui" line="6"/>
        <source>Bulk Rename</source>
        <translation>Renomear em massa</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="12"/>
        <source>Serial Renaming</source>
        <translation>Renomear em série</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="36"/>
        <source># will be replaced by numbers starting with:</source>
        <translation># será substituído por números que começam com:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="68"/>
        <source>Pad numbers with zero if possible</source>
        <translation>Números do teclado numérico com zero, se possível</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="75"/>
        <source>Use localized numbers</source>
        <translation>Usar números localizados</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="85"/>
        <source>Replacement</source>
        <translation>Substituição</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="97"/>
        <source>Find in names:</source>
        <translation>Localizar em nomes:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="107"/>
        <source>Replace with:</source>
        <translation>Substituir por:</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="117"/>
        <source>Case-sensitive</source>
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="124"/>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="134"/>
        <source>Change Case</source>
        <translation>Trocar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="146"/>
        <source>To upper case</source>
        <translation>Para maiúsculas</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="156"/>
        <source>To lower case</source>
        <translation>Para minúsculas</translation>
    </message>
    <message>
        <location filename="../bulk-rename.ui" line="27"/>
        <source>Name#</source>
        <translation>Nome#</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../connect.ui" line="14"/>
        <source>Connect to remote server</source>
        <translation>Conectar a um servidor remoto</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="80"/>
        <source>Anonymous &amp;login</source>
        <translation>&amp;Login anônimo</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="90"/>
        <source>Login as &amp;user:</source>
        <translation>Entrar como &amp;usuário:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="29"/>
        <source>Specify remote folder to connect</source>
        <translation>Especifique a pasta remota para conexão</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="36"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="56"/>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="70"/>
        <source>Path:</source>
        <translation>Caminho:</translation>
    </message>
    <message>
        <location filename="../connect.ui" line="46"/>
        <source>Host:</source>
        <translation>Hospedeiro:</translation>
    </message>
</context>
<context>
    <name>DesktopEntryDialog</name>
    <message>
        <location filename="../desktopentrydialog.ui" line="14"/>
        <source>Create Launcher</source>
        <translation>Criar lançador</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="38"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="45"/>
        <source>Specific name of this launcher.</source>
        <translation>Defina o nome para esse lançador.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="58"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="65"/>
        <source>A short description or generic name, like &quot;Web Browser&quot; or &quot;Home Directory&quot;.

It can be left empty.</source>
        <translation>Uma pequena descrição ou nome genérico, como &quot;Navegador Web&quot; ou &quot;Pasta Pessoal&quot;.

Pode ser deixado vazio.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="77"/>
        <source>Comment:</source>
        <translation>Comentário:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="84"/>
        <source>A short comment.

It can be left empty.</source>
        <translation>Um pequeno comentário.

Pode ser deixado vazio.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="117"/>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="133"/>
        <location filename="../desktopentrydialog.ui" line="164"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="142"/>
        <source>Icon:</source>
        <translation>Icone:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="151"/>
        <source>Icon to display in file manager, menus, etc.</source>
        <translation>Ícone para exibir no gerenciador de arquivos, menus, etc.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="173"/>
        <location filename="../desktopentrydialog.ui" line="183"/>
        <source>Run in terminal?</source>
        <translation>Executar no terminal?</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="176"/>
        <source>Terminal:</source>
        <translation>Terminal:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="186"/>
        <source>Whether the launched program should run in a terminal window.</source>
        <translation>Se o programa iniciado deve ser executado em um terminal.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="190"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="195"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="203"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="210"/>
        <source>Whether this is a link or executes a command.</source>
        <translation>Se isso é um link ou executa um comando.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="214"/>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="219"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="96"/>
        <source>Categories:</source>
        <translation>Categorias:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.ui" line="103"/>
        <source>Semicolon separated categories in which the entry should be shown if it is used by the DE&apos;s main menu (e.g., when put inside ~/.local/share/applications).

It is needed only when you want to use the created file in the main menu. Otherwise, you could leave it empty.

Examples: AudioVideo, Audio, Video, Development, Education, Game, Graphics, Network, Office, Settings, System, Utility, Qt.</source>
        <translation>Categorias separadas por ponto e vírgula nas quais a entrada deve ser exibida se for utilizada pelo menu principal do ambiente de trabalho (por exemplo, quando inserida em ~/.local/share/applications).

Isso é necessário apenas quando você deseja usar o arquivo criado no menu principal. Caso contrário, você pode deixá-lo vazio.

Exemplos: AudioVideo, Audio, Video, Development, Education, Game, Graphics, Network, Office, Settings, System, Utility, Qt.</translation>
    </message>
</context>
<context>
    <name>DesktopFolder</name>
    <message>
        <location filename="../desktop-folder.ui" line="14"/>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="23"/>
        <source>Desktop</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="29"/>
        <source>Desktop folder:</source>
        <translation>Pasta da área de trabalho:</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="36"/>
        <source>Image file</source>
        <translation>Arquivo de imagem</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="42"/>
        <source>Folder path</source>
        <translation>Caminho da pasta</translation>
    </message>
    <message>
        <location filename="../desktop-folder.ui" line="49"/>
        <source>&amp;Browse</source>
        <translation>Navega&amp;r</translation>
    </message>
</context>
<context>
    <name>DesktopPreferencesDialog</name>
    <message>
        <location filename="../desktop-preferences.ui" line="14"/>
        <source>Desktop Preferences</source>
        <translation>Preferências da área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="338"/>
        <location filename="../desktop-preferences.ui" line="344"/>
        <source>Background</source>
        <translation>Papel de parede</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="385"/>
        <source>Wallpaper mode:</source>
        <translation>Modo do papel de parede:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="408"/>
        <source>Wallpaper image file:</source>
        <translation>Arquivo do papel de parede:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="350"/>
        <source>Select background color:</source>
        <translation>Cor do papel de parede:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="417"/>
        <source>Image file</source>
        <translation>Arquivo de imagem</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="423"/>
        <source>Image file path</source>
        <translation>Caminho do arquivo de imagem</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="430"/>
        <source>&amp;Browse</source>
        <translation>Navega&amp;r</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="30"/>
        <source>Icons</source>
        <translation>Ícones</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="36"/>
        <source>Icon size:</source>
        <translation>Tamanho dos ícones:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="49"/>
        <source>Label Text</source>
        <translation>Texto do rótulo</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="113"/>
        <source>Select shadow color:</source>
        <translation>Cor da sombra:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="61"/>
        <source>Select font:</source>
        <translation>Selecionar fonte:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="24"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="87"/>
        <source>Select text color:</source>
        <translation>Cor do texto:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="136"/>
        <source>Spacing</source>
        <translation>Espaçamento</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="145"/>
        <source>Minimum item margins:</source>
        <translation>Margens mínimas dos itens:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="152"/>
        <source>3 px by default.</source>
        <translation>3 px por padrão.</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="155"/>
        <location filename="../desktop-preferences.ui" line="179"/>
        <location filename="../desktop-preferences.ui" line="237"/>
        <location filename="../desktop-preferences.ui" line="249"/>
        <location filename="../desktop-preferences.ui" line="275"/>
        <location filename="../desktop-preferences.ui" line="287"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="168"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="175"/>
        <source>1 px by default.
A space is also reserved for 3 lines of text.</source>
        <translation>1 px por padrão.
Um espaço também é reservado para 3 linhas de texto.</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="192"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="230"/>
        <source>Margins of work area:</source>
        <translation>Margens de área de trabalho:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="303"/>
        <source>By default, desktop folders will be opened in PCManFM-Qt if they
are left clicked, even when it is not the default file manager.</source>
        <translation>Por padrão, as pastas da área de trabalho serão abertas no PCManFM-Qt se forem
clicadas com o botão esquerdo, mesmo quando não for o gerenciador de arquivos padrão.</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="307"/>
        <source>Open desktop folders in default file manager by left clicking</source>
        <translation>Abra as pastas da área de trabalho no gerenciador de arquivos padrão clicando com o botão esquerdo</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="314"/>
        <source>Make all items stick to their positions</source>
        <translation>Fazer com que todos os itens fiquem em suas posições</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="373"/>
        <source>Wallpaper</source>
        <translation>Papel de parede</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="439"/>
        <source>Transform image based on EXIF data</source>
        <translation>Transformar imagem baseado nos dados EXIF</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="446"/>
        <source>Individual wallpaper for each monitor</source>
        <translation>Papel de parede individual para cada monitor</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="473"/>
        <source>Slide Show</source>
        <translation>Apresentação de slides</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="479"/>
        <source>Enable Slide Show</source>
        <translation>Habilitar apresentação de slides</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="491"/>
        <source>Wallpaper image folder:</source>
        <translation>Pasta dos papéis de parede:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="505"/>
        <source>Browse</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="512"/>
        <source> hour(s)</source>
        <translation> hora(s)</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="522"/>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="535"/>
        <source>Intervals less than 5min will be ignored</source>
        <translation>Intervalos menores que 5min serão ignorados</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="538"/>
        <source>Interval:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="545"/>
        <source> minute(s)</source>
        <translation> minuto(s)</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="669"/>
        <source>Do not show file tooltips</source>
        <translation type="unfinished">Não exibir dicas de arquivo</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="498"/>
        <source>Wallpaper folder</source>
        <translation>Pasta de papel de parede</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="587"/>
        <source>Randomize the slide show</source>
        <translation>Apresentação de slides aleatória</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="620"/>
        <source>Visible Shortcuts</source>
        <translation>Atalhos visíveis</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="626"/>
        <source>Home</source>
        <translation>Pasta pessoal</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="637"/>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="648"/>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="659"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../desktop-preferences.ui" line="614"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
</context>
<context>
    <name>HiddenShortcutsDialog</name>
    <message>
        <location filename="../shortcuts.ui" line="14"/>
        <source>Hidden Shortcuts</source>
        <translation>Atalhos ocultos</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="21"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="26"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="31"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="34"/>
        <source>Focus view, clear filter bar</source>
        <translation>Visualização em foco, limpar a barra de filtro</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="39"/>
        <source>Ctrl+Esc</source>
        <translation>Ctrl+Esc</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="42"/>
        <source>Focus side-pane</source>
        <translation>Painel lateral em foco</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="47"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="50"/>
        <location filename="../shortcuts.ui" line="58"/>
        <source>Focus path entry</source>
        <translation>Entrada de caminho em foco</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="55"/>
        <source>Alt+D</source>
        <translation>Alt+D</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="63"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="66"/>
        <location filename="../shortcuts.ui" line="82"/>
        <source>Next tab</source>
        <translation>Próxima aba</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="71"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="74"/>
        <location filename="../shortcuts.ui" line="90"/>
        <source>Previous tab</source>
        <translation>Aba anterior</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="79"/>
        <source>Ctrl+PageDown</source>
        <translation>Ctrl+PageDown</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="87"/>
        <source>Ctrl+PageUp</source>
        <translation>Ctrl+PageUp</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="95"/>
        <source>Ctrl+Number</source>
        <translation>Ctrl+número</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="98"/>
        <location filename="../shortcuts.ui" line="106"/>
        <source>Jump to tab</source>
        <translation>Pular para aba</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="103"/>
        <source>Alt+Number</source>
        <translation>Alt+número</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="111"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="114"/>
        <source>Go up</source>
        <translation>Ir para cima</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="119"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="122"/>
        <source>Search dialog</source>
        <translation>Caixa diálogo de pesquisa</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="127"/>
        <source>Shift+Insert</source>
        <translation>Shift+Insert</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="130"/>
        <source>Paste into transient filter bar</source>
        <translation>Colar na barra de filtro</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="135"/>
        <source>Drop+Shift</source>
        <translation>Soltar+Shift</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="143"/>
        <source>Drop+Ctrl</source>
        <translation>Soltar+Ctrl</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="151"/>
        <source>Drop+Shift+Ctrl</source>
        <translation>Soltar+Shift+Ctrl</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="138"/>
        <source>Move file on dropping</source>
        <translation>Mover arquivo ao soltar</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="146"/>
        <source>Copy file on dropping</source>
        <translation>Copiar arquivo ao soltar</translation>
    </message>
    <message>
        <location filename="../shortcuts.ui" line="154"/>
        <source>Make a symlink on dropping</source>
        <translation>Criar um atalho ao soltar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main-win.ui" line="14"/>
        <source>File Manager</source>
        <translation>Gerenciador de arquivos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="294"/>
        <source>Go Up</source>
        <translation>Ir para cima</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="297"/>
        <source>Alt+Up</source>
        <translation>Alt+Cima</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="309"/>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="425"/>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="321"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="81"/>
        <source>Recent F&amp;iles</source>
        <translation>Arquivos R&amp;ecentes</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="143"/>
        <source>&amp;Toolbars</source>
        <translation>Barra de ferramen&amp;tas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="150"/>
        <source>Path &amp;Bar</source>
        <translation>&amp;Barra de endereço</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="157"/>
        <source>&amp;Filtering</source>
        <translation>&amp;Filtrando</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="232"/>
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="306"/>
        <source>&amp;Home</source>
        <translation>Pasta pr&amp;incipal</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="318"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="330"/>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="339"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="348"/>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="360"/>
        <source>New Window</source>
        <translation>Nova janela</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="363"/>
        <source>Ctrl+N</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="371"/>
        <source>Show &amp;Hidden</source>
        <translation>Exibir &amp;ocultos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="374"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="383"/>
        <source>&amp;Computer</source>
        <translation>&amp;Computador</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="392"/>
        <source>&amp;Trash</source>
        <translation>Lixeir&amp;a</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="397"/>
        <source>&amp;Network</source>
        <translation>R&amp;ede</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="406"/>
        <source>&amp;Desktop</source>
        <translation>Área &amp;de trabalho</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="415"/>
        <source>&amp;Add to Bookmarks</source>
        <translation>&amp;Adicionar aos favoritos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="420"/>
        <source>&amp;Applications</source>
        <translation>&amp;Aplicativos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="436"/>
        <source>Ctrl+Shift+1</source>
        <translation>Ctrl+Shift+1</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="447"/>
        <source>Ctrl+Shift+3</source>
        <translation>Ctrl+Shift+3</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="458"/>
        <source>Ctrl+Shift+4</source>
        <translation>Ctrl+Shift+4</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="469"/>
        <source>Ctrl+Shift+2</source>
        <translation>Ctrl+Shift+2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="481"/>
        <source>Ctrl+X</source>
        <translation>Ctrl+X</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="490"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="493"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="502"/>
        <source>&amp;Paste</source>
        <translation>Col&amp;ar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="505"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="514"/>
        <source>Select &amp;All</source>
        <translatorcomment>Selecion&amp;ar tudo</translatorcomment>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="522"/>
        <source>De&amp;select All</source>
        <translation>De&amp;selecionar tudo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="525"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="530"/>
        <source>Pr&amp;eferences</source>
        <translation>Pr&amp;eferências</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="538"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Ascendente</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="550"/>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="562"/>
        <source>&amp;By File Name</source>
        <translation>&amp;Pelo nome do arquivo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="570"/>
        <source>By &amp;Modification Time</source>
        <translation>Pela &amp;Data de Modificação</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="578"/>
        <source>By C&amp;reation Time</source>
        <translation>Pela data da criação</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="586"/>
        <source>By Deletio&amp;n Time</source>
        <translation>Pela &amp;hora da exclusão</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="594"/>
        <source>By File &amp;Type</source>
        <translation>Por Arquivo &amp;Tipo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="602"/>
        <source>By &amp;Owner</source>
        <translation>Pelo proprietári&amp;o</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="610"/>
        <source>By &amp;Group</source>
        <translation>Pelo &amp;grupo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="618"/>
        <source>&amp;Folder First</source>
        <translation>&amp;Pastas primeiro</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="626"/>
        <source>&amp;Hidden Last</source>
        <translation>&amp;Ocultar último</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="939"/>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1027"/>
        <source>Preserve Settings Recursively from &amp;Here</source>
        <translation>Preserve as configurações recursivamente a partir &amp;daqui</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1032"/>
        <source>&amp;Go to Source of Inherited Settings</source>
        <translation>&amp;Ir para a fonte das configurações herdadas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1037"/>
        <source>&amp;Remove Settings of Nonexistent Folders</source>
        <translation>&amp;Remover configurações de pastas inexistentes</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1045"/>
        <source>&amp;Clear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="676"/>
        <source>&amp;Invert Selection</source>
        <translation>&amp;Inverter seleção</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="679"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="688"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="696"/>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="740"/>
        <source>&amp;Case Sensitive</source>
        <translation>Diferenciar maiús&amp;culas e minúsculas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="748"/>
        <source>By File &amp;Size</source>
        <translation>Por Arquivo &amp;Tamanho</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="757"/>
        <source>&amp;Close Window</source>
        <translation>Fechar jane&amp;la</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="782"/>
        <source>Open Tab in &amp;Root Instance</source>
        <translation>Abrir guia na instância &amp;root</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="831"/>
        <source>Permanent &amp;filter bar</source>
        <translation>Barra de &amp;filtros permanente</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="899"/>
        <source>Preserve Settings for &amp;This Folder</source>
        <translation>Preservar configurações para &amp;esta pasta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="944"/>
        <source>&amp;Show/Focus Filter Bar</source>
        <translation>Exibir/f&amp;ocar barra de filtros</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="947"/>
        <source>Show Filter Bar</source>
        <translation>Exibir barra de filtros</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="950"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="958"/>
        <source>S&amp;plit View</source>
        <translation>Visualização d&amp;ividida</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="961"/>
        <source>Split View</source>
        <translation>Visualização dividida</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="964"/>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="969"/>
        <source>&amp;Copy Full Path</source>
        <translation>&amp;Copiar localização</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="976"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="987"/>
        <source>Show Thumb&amp;nails</source>
        <translation>Exibir mi&amp;niaturas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="990"/>
        <source>Show Thumbnails</source>
        <translation>Exibir miniaturas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="998"/>
        <source>S&amp;ide Pane</source>
        <translation>Pa&amp;inel lateral</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1001"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1006"/>
        <source>Hidden &amp;Shortcuts</source>
        <translation>Atalhos ocultos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1011"/>
        <source>Open Tab in &amp;Admin Mode</source>
        <translation>Abrir guia no modo &amp;Admin</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="1016"/>
        <location filename="../main-win.ui" line="1019"/>
        <source>Create Launcher</source>
        <translation>Criar lançador</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="834"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="839"/>
        <source>&amp;Clear All Filters</source>
        <translation>&amp;Limpar todos os filtros</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="842"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="851"/>
        <source>Close &amp;previous tabs</source>
        <translation>Fechar as abas ante&amp;riores</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="860"/>
        <source>Close &amp;next tabs</source>
        <translation>F&amp;echar as próximas abas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="865"/>
        <source>Close &amp;other tabs</source>
        <translation>Fechar as &amp;outras abas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="873"/>
        <source>&amp;Menu bar</source>
        <translation>Barra de &amp;menu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="876"/>
        <source>Menu bar</source>
        <translation>Barra de menu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="879"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="888"/>
        <location filename="../main-win.ui" line="891"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="908"/>
        <source>Connect to &amp;Server</source>
        <translation>Conectar ao &amp;servidor</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="916"/>
        <source>&amp;Location</source>
        <translation>&amp;Localização</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="924"/>
        <source>&amp;Path Buttons</source>
        <translation>Botões de &amp;atalho</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="929"/>
        <source>&amp;Bulk Rename</source>
        <translation>&amp;Renomear em massa</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="936"/>
        <source>Bulk Rename</source>
        <translation>Renomear em massa</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="517"/>
        <source>Ctrl+A</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="164"/>
        <source>&amp;Customized View Settings</source>
        <translation>&amp;Configurações de visualização personalizadas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="291"/>
        <source>Go &amp;Up</source>
        <translation>S&amp;ubir nível</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="357"/>
        <source>&amp;New Window</source>
        <translation>&amp;Nova janela</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="433"/>
        <source>&amp;Icon View</source>
        <translation>Visualização em &amp;ícones</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="444"/>
        <source>&amp;Compact View</source>
        <translation>Visualização &amp;compacta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="455"/>
        <source>&amp;Detailed List</source>
        <translation>Lista &amp;detalhada</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="466"/>
        <source>&amp;Thumbnail View</source>
        <translation>Visualização em minia&amp;turas</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="478"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="635"/>
        <source>New &amp;Tab</source>
        <translation>Nova &amp;aba</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="638"/>
        <source>New Tab</source>
        <translation>Nova aba</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="641"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="650"/>
        <source>Go &amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="653"/>
        <source>Go Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="656"/>
        <source>Alt+Left</source>
        <translation>Alt+Esquerda</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="665"/>
        <source>Go &amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="668"/>
        <source>Go Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="671"/>
        <source>Alt+Right</source>
        <translation>Alt+Direita</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="691"/>
        <source>Del</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="703"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="712"/>
        <source>C&amp;lose Tab</source>
        <translation>F&amp;echar aba</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="724"/>
        <source>File &amp;Properties</source>
        <translation>&amp;Propriedades do arquivo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="732"/>
        <source>&amp;Folder Properties</source>
        <translation>Propriedades da &amp;pasta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="760"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="799"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="811"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="74"/>
        <source>C&amp;reate New</source>
        <translation>C&amp;riar novo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="113"/>
        <source>&amp;Sorting</source>
        <translation>Cla&amp;ssificação</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="257"/>
        <source>Main Toolbar</source>
        <translation>Barra de Ferramentas Principal</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="715"/>
        <source>Ctrl+W</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="727"/>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="765"/>
        <source>Edit Bookmarks</source>
        <translation>Editar favoritos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="774"/>
        <source>Open &amp;Terminal</source>
        <translation>Abrir &amp;terminal</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="777"/>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="787"/>
        <source>&amp;Edit Bookmarks</source>
        <translation>&amp;Editar favoritos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="796"/>
        <source>&amp;Folder</source>
        <translation>&amp;Pasta</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="808"/>
        <source>&amp;Blank File</source>
        <translation>Arquivo em &amp;branco</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="816"/>
        <source>&amp;Find Files</source>
        <translation>Pesqu&amp;isar arquivos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="823"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="70"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="109"/>
        <location filename="../main-win.ui" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="208"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location filename="../main-win.ui" line="215"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
</context>
<context>
    <name>PCManFM::Application</name>
    <message>
        <location filename="../application.cpp" line="190"/>
        <source>Name of configuration profile</source>
        <translation>Nome do perfil de configuração</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="190"/>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="199"/>
        <source>Launch desktop manager</source>
        <translation>Iniciar o gerenciador da área de trabalho</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="202"/>
        <source>Turn off desktop manager if it&apos;s running</source>
        <translation>Desativar o gerenciador da área de trabalho se ele já estiver em execução</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="205"/>
        <source>Open desktop preference dialog on the page with the specified name</source>
        <translation>Abrir o diálogo de preferências da área de trabalho na página especificada</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="205"/>
        <location filename="../application.cpp" line="205"/>
        <location filename="../application.cpp" line="220"/>
        <location filename="../application.cpp" line="220"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="214"/>
        <source>Set desktop wallpaper from image FILE</source>
        <translation>Definir papel de parede de um ARQUIVO de imagem</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="214"/>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="217"/>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="220"/>
        <source>Open Preferences dialog on the page with the specified name</source>
        <translation>Abrir a caixa de diálogo de preferências na página com o nome especificado</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="208"/>
        <source>Open new window</source>
        <translation>Abrir nova janela</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="193"/>
        <source>Run PCManFM-Qt as a daemon</source>
        <translation>Rodar PCManFM-Qt como um daemon</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="196"/>
        <source>Quit PCManFM-Qt</source>
        <translation>Sair do PCManFM-Qt</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="211"/>
        <source>Open Find Files utility</source>
        <translation>Abrir utilitário de pesquisa de arquivos</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="217"/>
        <source>Set mode of desktop wallpaper. MODE=(%1)</source>
        <translation>Definir o modo de papel de parede da área de trabalho. MODO=(%1)</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="223"/>
        <source>[FILE1, FILE2,...]</source>
        <translation>[ARQUIVO1, ARQUIVO2,...]</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="223"/>
        <source>Files or directories to open</source>
        <translation>Arquivos ou pastas para abrir</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="661"/>
        <location filename="../application.cpp" line="666"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../application.cpp" line="666"/>
        <source>Terminal emulator is not set.</source>
        <translation>O emulador de terminal não foi definido.</translation>
    </message>
</context>
<context>
    <name>PCManFM::AutoRunDialog</name>
    <message>
        <location filename="../autorundialog.cpp" line="44"/>
        <source>Open in file manager</source>
        <translation>Abrir no gerenciador de arquivos</translation>
    </message>
    <message>
        <location filename="../autorundialog.cpp" line="137"/>
        <source>Removable Disk</source>
        <translation>Disco removível</translation>
    </message>
</context>
<context>
    <name>PCManFM::ConnectServerDialog</name>
    <message>
        <location filename="../connectserverdialog.cpp" line="9"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="10"/>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="11"/>
        <source>WebDav</source>
        <translation>WebDav</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="12"/>
        <source>Secure WebDav</source>
        <translation>WebDav seguro</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="13"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../connectserverdialog.cpp" line="14"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopEntryDialog</name>
    <message>
        <location filename="../desktopentrydialog.cpp" line="35"/>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="36"/>
        <source>The command to execute.</source>
        <translation>O comando a executar.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="39"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="40"/>
        <source>The URL to access.</source>
        <translation>A URL a acessar.</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="67"/>
        <source>Select an icon</source>
        <translation>Selecione um ícone</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="69"/>
        <source>Images (*.png *.xpm *.svg *.svgz )</source>
        <translation>Imagens (*.png *.xpm *.svg *.svgz)</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="91"/>
        <source>Select an executable file</source>
        <translation>Selecione um arquivo executável</translation>
    </message>
    <message>
        <location filename="../desktopentrydialog.cpp" line="99"/>
        <source>Select a file</source>
        <translation>Selecione um arquivo</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopPreferencesDialog</name>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="55"/>
        <source>Fill with background color only</source>
        <translation>Preencher somente com a cor de fundo</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="56"/>
        <source>Stretch to fill the entire screen</source>
        <translation>Esticar para preencher a tela inteira</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="57"/>
        <source>Stretch to fit the screen</source>
        <translation>Esticar para ajustar na tela</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="58"/>
        <source>Center on the screen</source>
        <translation>Centralizar na tela</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="59"/>
        <source>Tile the image to fill the entire screen</source>
        <translation>Repetir a imagem para preencher a tela inteira</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="60"/>
        <source>Zoom the image to fill the entire screen</source>
        <translation>Ampliar a imagem para preencher a tela inteira</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="278"/>
        <source>Select Wallpaper</source>
        <translation>Selecionar papel de parede</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="282"/>
        <source>Image Files</source>
        <translation>Arquivos de imagem</translation>
    </message>
    <message>
        <location filename="../desktoppreferencesdialog.cpp" line="324"/>
        <source>Select Wallpaper Folder</source>
        <translation>Selecionar pasta do papel de parede</translation>
    </message>
</context>
<context>
    <name>PCManFM::DesktopWindow</name>
    <message>
        <location filename="../desktopwindow.cpp" line="327"/>
        <source>Trash (One item)</source>
        <translation>Lixeira (um item)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktopwindow.cpp" line="330"/>
        <source>Trash (%Ln items)</source>
        <translation>
            <numerusform>Lixeira (%Ln item)</numerusform>
            <numerusform>Lixeira (%Ln itens)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="334"/>
        <source>Trash (Empty)</source>
        <translation>Lixeira (vazia)</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="369"/>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="383"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1046"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1052"/>
        <location filename="../desktopwindow.cpp" line="1092"/>
        <source>Stic&amp;k to Current Position</source>
        <translation>F&amp;ixar na posição atual</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1060"/>
        <source>Empty Trash</source>
        <translation>Esvaziar lixeira</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1126"/>
        <source>Hide Desktop Items</source>
        <translation>Ocultar itens da área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1132"/>
        <source>Create Launcher</source>
        <translation>Criar lançador</translation>
    </message>
    <message>
        <location filename="../desktopwindow.cpp" line="1135"/>
        <source>Desktop Preferences</source>
        <translation>Preferências da área de trabalho</translation>
    </message>
</context>
<context>
    <name>PCManFM::FilterBar</name>
    <message>
        <location filename="../tabpage.cpp" line="95"/>
        <source>Filter:</source>
        <translation>Filtrar:</translation>
    </message>
</context>
<context>
    <name>PCManFM::FilterEdit</name>
    <message>
        <location filename="../tabpage.cpp" line="65"/>
        <source>Clear text (Ctrl+K or Esc)</source>
        <translation>Limpar texto (Ctrl+K ou Esc)</translation>
    </message>
</context>
<context>
    <name>PCManFM::MainWindow</name>
    <message>
        <location filename="../mainwindow.cpp" line="142"/>
        <source>Root Instance</source>
        <translation>Abrir como root</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="776"/>
        <source>Hide menu bar</source>
        <translation>Ocultar barra de menu</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="777"/>
        <source>This will hide the menu bar completely, use Ctrl+M to show it again.</source>
        <translation>Isto ocultará completamente a barra de menus, use Ctrl+M para exibi-la novamente.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="1223"/>
        <source>Version: %1</source>
        <translation>Versão: %1</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <location filename="../mainwindow.cpp" line="2193"/>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Mover para a lixeira</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="175"/>
        <location filename="../mainwindow.cpp" line="2193"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2029"/>
        <source>Customized View Settings</source>
        <translation>Configuração de Visualização Personalizada</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2300"/>
        <location filename="../mainwindow.cpp" line="2308"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2308"/>
        <source>Switch user command is not set.</source>
        <translation>O comando para trocar de usuário não está definido.</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2399"/>
        <source>Cleaning Folder Settings</source>
        <translation>Configurações de limpeza de pastas</translation>
    </message>
    <message>
        <location filename="../mainwindow.cpp" line="2400"/>
        <source>Do you want to remove settings of nonexistent folders?
They might be useful if those folders are created again.</source>
        <translation>Você deseja remover as configurações de pastas inexistentes?
Eles podem ser úteis se essas pastas forem criadas novamente.</translation>
    </message>
</context>
<context>
    <name>PCManFM::PreferencesDialog</name>
    <message>
        <location filename="../preferencesdialog.cpp" line="218"/>
        <source>Icon View</source>
        <translation>Visualização em ícones</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="219"/>
        <source>Compact View</source>
        <translation>Visualização compacta</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="220"/>
        <source>Thumbnail View</source>
        <translation>Visualização em miniaturas</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="221"/>
        <source>Detailed List View</source>
        <translation>Visualização em lista detalhada</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="314"/>
        <source>Remove if added by user</source>
        <translation>Remover se adicionado pelo usuário</translation>
    </message>
    <message>
        <location filename="../preferencesdialog.cpp" line="338"/>
        <source>Open user-defined list</source>
        <translation>Abrir lista definida pelo usuário</translation>
    </message>
</context>
<context>
    <name>PCManFM::TabPage</name>
    <message>
        <location filename="../tabpage.cpp" line="453"/>
        <source>Search Results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="456"/>
        <source>Applications</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="460"/>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="463"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="466"/>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="472"/>
        <source>Desktop</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="564"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="573"/>
        <source>Free space: %1 (Total: %2)</source>
        <translation>Espaço livre: %1 (total: %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="590"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="592"/>
        <source> (%n hidden)</source>
        <translation>
            <numerusform> (%n oculto)</numerusform>
            <numerusform> (%n ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="597"/>
        <location filename="../tabpage.cpp" line="798"/>
        <location filename="../tabpage.cpp" line="812"/>
        <source>Link to</source>
        <translation>Link para</translation>
    </message>
    <message numerus="yes">
        <location filename="../tabpage.cpp" line="824"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item(ns) selecionado(s)</numerusform>
            <numerusform>%n itens selecionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PCManFM::View</name>
    <message>
        <location filename="../view.cpp" line="59"/>
        <source>Many files</source>
        <translation>Muitos arquivos</translation>
    </message>
    <message numerus="yes">
        <location filename="../view.cpp" line="60"/>
        <source>Do you want to open these %1 files?</source>
        <translation>
            <numerusform>Deseja abrir esse %1 arquivo?</numerusform>
            <numerusform>Deseja abrir esses %1 arquivos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../view.cpp" line="133"/>
        <source>Open in New T&amp;ab</source>
        <translation>Abrir em nova &amp;aba</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="137"/>
        <source>Open in New Win&amp;dow</source>
        <translation>Abrir em &amp;nova janela</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="145"/>
        <location filename="../view.cpp" line="174"/>
        <source>Open in Termina&amp;l</source>
        <translation>Abrir no termina&amp;l</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="160"/>
        <source>Show in New T&amp;ab</source>
        <translation>Mostrar em Nova &amp;Aba</translation>
    </message>
    <message>
        <location filename="../view.cpp" line="164"/>
        <source>Show in New Win&amp;dow</source>
        <translation>Mostrar em Nova &amp;Janela</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../preferences.ui" line="14"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="45"/>
        <source>User Interface</source>
        <translation>Interface do usuário</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="35"/>
        <source>Behavior</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="40"/>
        <source>Display</source>
        <translation>Exibição</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="50"/>
        <location filename="../preferences.ui" line="642"/>
        <source>Thumbnail</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="55"/>
        <source>Volume</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="60"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="103"/>
        <location filename="../preferences.ui" line="116"/>
        <source>Set to zero to disable auto-selection.</source>
        <translation>Defina como zero para desativar a seleção automática.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="106"/>
        <source>Delay of auto-selection in single click mode:</source>
        <translation>Atraso da seleção automática no modo de clique único:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="144"/>
        <source>Open in current tab</source>
        <translation>Abrir na aba atual</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="149"/>
        <source>Open in new tab</source>
        <translation>Abrir em nova aba</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="154"/>
        <source>Open in new window</source>
        <translation>Abrir em nova janela</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="129"/>
        <source>Show folder context menu with Ctrl + right click</source>
        <translation>Exibir o menu de contexto da pasta com Ctrl + clique direito</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="195"/>
        <source>Erase files on removable media instead of &quot;trash can&quot; creation</source>
        <translation>Excluir arquivos em mídias removíveis diretamente em vez de criar uma &quot;lixeira&quot;</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="202"/>
        <source>Confirm before moving files into &quot;trash can&quot;</source>
        <translation>Pedir confirmação antes de mover arquivos para a &quot;lixeira&quot;</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="209"/>
        <location filename="../preferences.ui" line="409"/>
        <location filename="../preferences.ui" line="419"/>
        <source>Requires application restart to take effect completely</source>
        <translation>Requer reinicialização do aplicativo para surtir efeito</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="212"/>
        <source>Launch executable files without prompt</source>
        <translation>Lançar arquivos executáveis sem prompt</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="229"/>
        <source>Open folders in new tabs as far as possible</source>
        <translation>Abra as pastas em novas guias, o mais possível</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="232"/>
        <source>Single window mode</source>
        <translation>Modo de janela única</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="296"/>
        <source>Icons</source>
        <translation>Ícones</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="328"/>
        <source>Size of big icons:</source>
        <translation>Tamanho dos ícones grandes:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="345"/>
        <source>Size of small icons:</source>
        <translation>Tamanho dos ícones pequenos:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="362"/>
        <source>Size of thumbnails:</source>
        <translation>Tamanho das miniaturas:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="376"/>
        <source>Size of side pane icons:</source>
        <translation>Tamanho dos ícones do painel lateral:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="308"/>
        <source>Icon theme:</source>
        <translation>Tema dos ícones:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="546"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="587"/>
        <source>Default width of new windows:</source>
        <translation>Largura padrão de novas janelas:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="601"/>
        <source>Default height of new windows:</source>
        <translation>Altura padrão de novas janelas:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="559"/>
        <source>Always show the tab bar</source>
        <translation>Sempre exibir a barra de abas</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="566"/>
        <source>Show &apos;Close&apos; buttons on tabs	</source>
        <translation>Exibir botão &quot;Fechar&quot; nas abas	</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="580"/>
        <source>Remember the size of the last closed window</source>
        <translation>Memorizar tamanho da última janela fechada</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="81"/>
        <source>Browsing</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="90"/>
        <source>If this is unchecked, the DE setting will be used.</source>
        <translation>Se isso estiver desmarcado, a configuração DE será usada.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="93"/>
        <source>Open files with single click</source>
        <translation>Abrir arquivos com clique único</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="162"/>
        <source>Default view mode:</source>
        <translation>Modo de visualização padrão:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="119"/>
        <source> sec</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="136"/>
        <source>Bookmarks menu:</source>
        <translation>Menu de favoritos:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="175"/>
        <source>File Operations</source>
        <translation>Operações em arquivos</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="181"/>
        <source>Confirm before deleting files</source>
        <translation>Pedir confirmação antes de excluir arquivos</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="188"/>
        <source>Move deleted files to &quot;trash bin&quot; instead of erasing from disk.</source>
        <translation>Mover os arquivos excluídos para &quot;lixeira&quot; em vez de apagar do disco.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="219"/>
        <source>Renamed files will also be selected</source>
        <translation>Arquivos renomeados também serão selecionados</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="222"/>
        <source>Select newly created files</source>
        <translation>Selecionar arquivos criados recentemente</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="244"/>
        <source>Number of recent files:</source>
        <translation>Número de arquivos recentes:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="325"/>
        <location filename="../preferences.ui" line="335"/>
        <source>Used by Icon View</source>
        <translation>Usado pela visualização de ícones</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="342"/>
        <location filename="../preferences.ui" line="352"/>
        <source>Used by Compact View and Detailed List View</source>
        <translation>Usado por ambas visualização compacta e lista detalhada</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="359"/>
        <location filename="../preferences.ui" line="369"/>
        <source>Used by Thumbnail View</source>
        <translation>Usado pela visualização de miniaturas</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="389"/>
        <source>User interface</source>
        <translation>Interface de usuário</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="402"/>
        <source>Treat backup files as hidden</source>
        <translation>Tratar arquivos de backup como oculto</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="422"/>
        <source>Show icons of hidden files shadowed</source>
        <translation>Exibir sombra em ícones de arquivos ocultos</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="429"/>
        <source>Do not show file tooltips</source>
        <translation>Não exibir dicas de arquivo</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="459"/>
        <source>Minimum item margins in icon view:</source>
        <translation>Margens mínimas de itens na visualização de ícones:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="466"/>
        <source>3 px by default.</source>
        <translation>3 px por padrão.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="469"/>
        <location filename="../preferences.ui" line="493"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="482"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="489"/>
        <source>3 px by default.
A space is also reserved for 3 lines of text.</source>
        <translation>3 px por padrão.
Um espaço também é reservado para 3 linhas de texto.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="506"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="555"/>
        <source>When unchecked, the tab bar will be shown
only if there are more than one tab.</source>
        <translation>Quando desmarcada, a barra de abas será exibida
somente se houver mais de uma aba.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="573"/>
        <source>Switch to newly opened tab</source>
        <translation>Alternar para aba recém-aberta</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="615"/>
        <source>Reopen last window tabs in a new window</source>
        <translation>Reabrir as últimas abas da janela em uma nova janela</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="665"/>
        <location filename="../preferences.ui" line="677"/>
        <source>The built-in thumbnailer makes thumbnails of images that are supported by Qt.

Usually, most image types are supported. The default size limit is 4 MiB.</source>
        <translation>O miniaturizador embutido cria miniaturas de imagens que são suportadas pelo Qt.

Normalmente, a maioria dos tipos de imagem é compatível. O limite de tamanho padrão é 4 MiB.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="670"/>
        <source>Image size limit for built-in thumbnailer:</source>
        <translation>Limite do tamanho de imagem para o miniaturizador integrado:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="682"/>
        <location filename="../preferences.ui" line="718"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="698"/>
        <location filename="../preferences.ui" line="710"/>
        <source>If existing, external thumbnailers are used for videos, PDF documents, etc.

A value of -1 means that there is no limit for the file size (the default).</source>
        <translation>Se existentes, miniaturizadores externos são usados para vídeos, documentos PDF, etc.

Um valor -1 significa que não há limite para o tamanho do arquivo (o padrão).</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="703"/>
        <source>File size limit for external thumbnailers:</source>
        <translation>Limite de tamanho de arquivo para miniaturizadores externos:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="715"/>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="964"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="979"/>
        <source>Maximum search history:</source>
        <translation>Histórico máximo de pesquisa:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="993"/>
        <source>Clear search history</source>
        <translation>Limpar histórico de pesquisa</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="1028"/>
        <source>Application restart is needed for changes to take effect.</source>
        <translation>A reinicialização do aplicativo é necessária para que as alterações entrem em vigor.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="648"/>
        <source>Needs ffmpegthumbnailer</source>
        <translation>Necessita do ffmpegthumbnailer</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="651"/>
        <source>Show thumbnails of files</source>
        <translation>Exibir miniaturas dos arquivos</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="833"/>
        <source>Terminal emulator</source>
        <translation>Emulador do terminal</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="842"/>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="849"/>
        <source>Example: qterminal
It is the name of the executable file.</source>
        <translation>Exemplo: qterminal
É o nome do arquivo executável.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="860"/>
        <source>Execution option:</source>
        <translation>Opção de execução:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="867"/>
        <source>Example: -e
It can be left empty if the terminal is already supported
or does not have such an option; required otherwise.</source>
        <translation>Exemplo: -e
Pode ser deixado em branco caso haja suporte para terminal
ou se não possuir a opção; caso contrário é necessário.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="879"/>
        <source>Custom option(s):</source>
        <translation>Opção(ões) personalizada(s):</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="886"/>
        <source>This is optional, depends on the terminal,
and can be any group of custom options.</source>
        <translation>Isto é opcional, depende do terminal,
e pode ser qualquer grupo de opções personalizadas.</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="910"/>
        <source>Example:
lxsudo dbus-run-session -- %s</source>
        <translation>Exemplo:
lxsudo dbus-run-session -- %s</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="934"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="940"/>
        <source>Show only user defined templates in menu</source>
        <translation>Exibir no menu apenas os modelos definidos pelo usuário</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="947"/>
        <source>Show only one template for each MIME type</source>
        <translation>Exibir apenas um modelo para cada tipo MIME</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="954"/>
        <source>Run default application after creation from template</source>
        <translation>Executar o aplicativo padrão após a criação do modelo</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="658"/>
        <source>Only show thumbnails for local files</source>
        <translation>Exibir miniaturas apenas para arquivos locais</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="784"/>
        <source>When removable medium unmounted:</source>
        <translation>Quando uma mídia removível for desmontada:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="900"/>
        <source>Switch &amp;user command:</source>
        <translation>Alternar comando do &amp;usuário:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="918"/>
        <source>Archiver in&amp;tegration:</source>
        <translation>In&amp;tegração do arquivador:</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="412"/>
        <source>Always show real file names</source>
        <translation>Sempre exibir os nomes reais dos arquivos</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="436"/>
        <source>Disable smooth scrolling</source>
        <translation>Desabilitar rolagem suave</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="754"/>
        <source>Auto Mount</source>
        <translation>Montar automaticamente</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="760"/>
        <source>Mount mountable volumes automatically on program startup</source>
        <translation>Montar volumes automaticamente na inicialização do programa</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="767"/>
        <source>Mount removable media automatically when they are inserted</source>
        <translation>Montar mídias removíveis automaticamente ao serem inseridas</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="774"/>
        <source>Show available options for removable media when they are inserted</source>
        <translation>Exibir opções disponíveis para mídias removíveis ao serem inseridas</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="790"/>
        <source>Close &amp;tab containing removable medium</source>
        <translation>Fechar &amp;aba contendo mídia removível</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="797"/>
        <source>Chan&amp;ge folder in the tab to home folder</source>
        <translation>Alterar pasta na aba para a pasta pessoal</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="824"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../preferences.ui" line="395"/>
        <source>Use SI decimal prefixes instead of IEC binary prefixes</source>
        <translation>Utilizar prefixos decimais do SI em vez de prefixos binários do IEC</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../bulkrename.cpp" line="185"/>
        <location filename="../bulkrename.cpp" line="247"/>
        <location filename="../bulkrename.cpp" line="288"/>
        <source>Renaming files...</source>
        <translation>Renomear arquivos...</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="185"/>
        <location filename="../bulkrename.cpp" line="247"/>
        <location filename="../bulkrename.cpp" line="288"/>
        <source>Abort</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="194"/>
        <location filename="../bulkrename.cpp" line="254"/>
        <location filename="../bulkrename.cpp" line="295"/>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="194"/>
        <location filename="../bulkrename.cpp" line="254"/>
        <location filename="../bulkrename.cpp" line="295"/>
        <source>Renaming is aborted.</source>
        <translation>A renomeação foi abortada.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="220"/>
        <location filename="../bulkrename.cpp" line="224"/>
        <location filename="../bulkrename.cpp" line="234"/>
        <location filename="../bulkrename.cpp" line="243"/>
        <location filename="../bulkrename.cpp" line="277"/>
        <location filename="../bulkrename.cpp" line="281"/>
        <location filename="../bulkrename.cpp" line="318"/>
        <location filename="../bulkrename.cpp" line="322"/>
        <location filename="../tabpage.cpp" line="1152"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="220"/>
        <location filename="../bulkrename.cpp" line="277"/>
        <location filename="../bulkrename.cpp" line="318"/>
        <source>No file could be renamed.</source>
        <translation>Nenhum arquivo pôde ser renomeado.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="224"/>
        <location filename="../bulkrename.cpp" line="281"/>
        <location filename="../bulkrename.cpp" line="322"/>
        <source>Some files could not be renamed.</source>
        <translation>Alguns arquivos não puderam ser renomeados.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="234"/>
        <source>Nothing to find.</source>
        <translation>Nada para encontrar.</translation>
    </message>
    <message>
        <location filename="../bulkrename.cpp" line="243"/>
        <source>Invalid regular expression.</source>
        <translation>Expressão regular inválida.</translation>
    </message>
    <message>
        <location filename="../tabpage.cpp" line="1152"/>
        <source>Cannot open as Admin.</source>
        <translation>Não foi possível abrir como Admin.</translation>
    </message>
</context>
</TS>
