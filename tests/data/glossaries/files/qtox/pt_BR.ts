<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>Áudio/Vídeo</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>Resolução padrão</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desabilitado</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>Selecionar região</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Tela %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>Configurações de Áudio</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>Dispositivo de Reprodução</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>Dispositivo de Captura</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>Configurações de Vídeo</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>Dispositivo de Vídeo</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Define a resolução da sua câmera.
Valores mais altos fornecem uma qualidade melhor.
Observe no entanto que uma qualidade de vídeo maior exige uma conexão melhor com a internet.
Eventualmente sua conexão pode não ser suficiente para uma qualidade de vídeo maior,
o que pode acarretar problemas nas chamadas de vídeo.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>Re-escanear dispositivos</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>Testar Som</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>Qualidade de áudio</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>Alta (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>Média (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>Baixa (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>Muito baixa (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation>Deslize para ajustar o volume dos auto-falantes.</translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation>Qualidade de áudio transmitido. Baixe esta configuração se sua largura de banda não for alta o suficiente ou se você quiser reduzir o uso da largura de banda.</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>Defina a resolução da sua câmara.
Quanto mais altos forem os valores, melhor qualidade de vídeo os seus amigos poderão obter.
Note que com uma melhor qualidade de vídeo, você usa mais largura de banda.
Às vezes, sua conexão pode não ser boa o suficiente para lidar com uma melhor qualidade de vídeo,
o que pode levar a problemas com as videochamadas.</translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation>Reproduz um som de teste enquanto altera o volume de saída.</translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation>Use o controle deslizante para definir o ganho do seu dispositivo de entrada variando de %1dB a %2dB.</translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation>Use o controle deslizante para definir o volume de ativação para o seu dispositivo de entrada.</translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>Autor original: %1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation>Você está usando a versão %1 do qTox.</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>Hash do commit: %1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>Versão do toxcore: %1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Versão do Qt: %1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>Uma lista de todos os problemas conhecidos pode ser encontrada no nosso % 1 no Github. Se você descobrir um bug ou vulnerabilidade de segurança no qTox, informe-o de acordo com as diretrizes em nosso artigo wiki % 2.</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>Clique aqui para comunicar um bug.</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation>Veja uma lista completa de %1 no Github</translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation>bug tracker</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation>Escrevendo Relatórios de Erros Úteis</translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation>contribuidores</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>status message</source>
        <translation>mensagem de status</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation>Pseudônimos usados:</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation>HISTÓRICO DE PSEUDÔNIMOS</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation>Se marcado, aceita automaticamente arquivos do contato</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Diretório padrão para salvar arquivos:</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation>Áudio + Vídeo</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation>Se marcado, aceita automaticamente os convites de bate-papo em grupo desse contato.</translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation>Apagar histórico (operação irreversível!)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation>Campo de entrada para notas sobre o contato</translation>
    </message>
    <message>
        <source>History removed</source>
        <translation>Histórico apagado</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Essa é a chave pública do seu amigo, use-a para confirmar sua identidade por meio de outro canal. Você não pode enviar isso para outras pessoas para que elas possam adicionar esse contato.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation>Chave pública (não o ToxId):</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation>Tem certeza que deseja remover %1 do histórico de conversas?</translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation>Falha ao remover o histórico de conversas com % 1!</translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation>Aceitar arquivos automaticamente</translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation>A aceitação automática para este contato está desativada</translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation>Aceitar chamada automaticamente:</translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation>Aceitar automaticamente convites de grupos</translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation>Você pode salvar comentários sobre esse contato aqui.</translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation>Escolha um diretório para aceitar arquivos automaticamente</translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>Problemas Conhecidos</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation>Abrir link de download da atualização</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Atualização disponível</translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation>qTox está atualizado ✓</translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation>Atualmente executando uma versão não testada/instável do qTox</translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>Adicionar aos Contatos</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation>Formato inválido de ID Tox</translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>Enviar pedido de amizade</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>Adicionar um contato</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>Solicitações de amizade</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Não foi possível adicionar amigo</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation>Digite o ID Tox do seu amigo</translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>Mensagem de solicitação de amigo</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation>Digite a mensagem para enviar com a solicitação de amizade ou deixe vazio para enviar uma mensagem padrão</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation>Você não pode adicionar a si mesmo como contato!</translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation>Abrir lista de contatos</translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation>Não foi possível abrir o arquivo</translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation>Não foi possível abrir o arquivo de contatos</translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation>Arquivo inválido</translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation>Não foi possível encontrar nenhum contato para importar nesse arquivo!</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation>ID Tox</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation>Enviar pedidos de amizade</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation>Olá, aqui é %1 ! Gostaria de me adicionar no Tox?</translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation>Importar uma lista de contatos, um ID Tox por linha</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation>
            <numerusform>Pronto para importar %n contato, clique em enviar para confirmar</numerusform>
            <numerusform>Pronto para importar %n contatos, clique em enviar para confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contatos</translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation>Tox ID, 76 caracteres hexadecimais</translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation>%1 Tox ID é inválido</translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation>76 caracteres hexadecimais</translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>really</source>
        <translation>realmente</translation>
    </message>
    <message>
        <source>not</source>
        <translation>não</translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation>NOTA IMPORTANTE</translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>Redefinir configurações</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation>Todas configurações serão redefinidas para o padrão. Deseja prosseguir?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Logs (*.log)</source>
        <translation>Registros (*.log)</translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation>A menos que você %1 saiba o que está fazendo, por favor %2 faça alterações aqui. Mudanças podem levar a problemas com o qTox, e até perda de seus dados, como o histórico.%3</translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation>As alterações aqui só são aplicadas após reiniciar o qTox.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Salvar arquivo</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation>Armazena as configurações no diretório atual ao invés do diretório de configurações predefinido</translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation>Deixe o Tox portável</translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation>Restaurar às configurações padrões</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation>Habilitar IPv6 (recomendado)</translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation>Habilitar UDP (recomendado)</translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation>Tipo de proxy:</translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>Exportar Registro de Depuração</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>Copiar Registro de Depuração</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation>Ativar descoberta de LAN</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Configurações de conexão</translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation>Desabilitar esta opção permite, por exemplo, utilizar o Tox com a rede Tor. Isso no entanto carrega mais a rede Tox; portanto, desmarque apenas se necessário.</translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation>UTI Tox para interpretar</translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation>Inicia uma nova instância e carrega o perfil especificado.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation>Inicia nova instância e abre a tela de login.</translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Define IPv6 &lt;ativado&gt;/&lt;desativado&gt;. O padrão é ATIVADO.</translation>
    </message>
    <message>
        <source>on/off</source>
        <translation>ligado/desligado</translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation>Define UDP &lt;ativado&gt;/&lt;desativado&gt;. O padrão é ATIVADO.</translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation>Define a descoberta da LAN &lt;ativada&gt;/&lt;desativada&gt;. O UDP desativado elimina esta opção. O padrão é ATIVADA.</translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation>Define as configurações de proxy. O padrão é NENHUM.</translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation>(SOCKS5/HTTP/NENHUM):(ENDEREÇO):(PORTA)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erro</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation>Falha ao carregar o perfil automaticamente.</translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>Enviar um arquivo</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation>qTox não foi capaz de abrir %1</translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation>Impossível abrir</translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation>Má idéia</translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation>Não foi possível abrir o arquivo temporário</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translatorcomment>laut Duden ist Screenshot schon deutsch</translatorcomment>
        <translation>qTox não conseguiu salvar a imagem capturada</translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation>Duração da chamada: </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation>Você está tentando enviar um arquivo sequencial, o que não vai funcionar!</translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation>O nome do arquivo continha caracteres não autorizados</translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation>Os caracteres ilegais foram alterados para _
de forma que você possa salvar o arquivo no Windows.</translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation>Não foi possível iniciar a chamada de áudio</translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation>Iniciar chamada de áudio</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation>Terminar chamada de áudio</translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation>Cancelar chamada de áudio</translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation>Aceitar chamada de áudio</translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation>Não foi possível iniciar a chamada de vídeo</translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation>Iniciar chamada de vídeo</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Terminar chamada de vídeo</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation>Cancelar chamada de vídeo</translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation>Aceitar chamada de vídeo</translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation>O som só pode ser desabilitado durante uma chamada</translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation>Ativar áudio da chamada</translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation>Silenciar chamada</translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation>O microfone só pode ser desativado durante uma chamada</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Habilitar microfone</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar microfone</translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation>Digite sua mensagem aqui...</translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation>%1 está digitando</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation>Renomear círculo</translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation>Remover círculo</translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation>Abrir tudo em uma nova janela</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation>/me oferece contato, &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation>Bate-papo em grupo %1</translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation>Tox ID inválido</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation>Você precisa escrever uma mensagem junto com o seu pedido</translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation>Sua mensagem é muito longa!</translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation>Amigo já adicionado</translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation>Todas as extensões são suportadas</translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation>Nenhuma extensão suportada</translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation>Nem todas as extensões são suportadas</translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation>Mensagens Multipartes: </translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>10Mb</translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>0kb/s</translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>T:10:10</translation>
    </message>
    <message>
        <source>Filename</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>Esperando para enviar...</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>Aceite recebimento deste arquivo</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Impossível salvar aqui</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Você não possui permissão de escrita aqui. Escolha outro local ou cancele a operação.</translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>Continuando...</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>Cancelar transferência</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>Pausar transferência</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir o arquivo</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>Abrir pasta do arquivo</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>Continuar transferência</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>Aceitar transferência</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>Salvar um arquivo</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation>Pausa no remoto</translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation>Transferências de arquivos</translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation>Mais de 6 Meses</translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation>Convidar para grupo</translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation>Mover para círculo...</translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation>Para um novo círculo</translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation>Remover do círculo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Abrir bate-papo em uma nova janela</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Retirar bate-papo desta janela</translation>
    </message>
    <message>
        <source>To new group</source>
        <translation>Para um novo grupo</translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation>Convidar ao grupo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation>Apelido...</translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation>Aceitar arquivos automaticamente deste contato</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalhes</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Escolher um diretório para aceitar arquivos automaticamente</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation>Mover para o círculo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation>Remover contato</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>Negociando</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation>Escolher um diretório para aceitar arquivos automaticamente</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>Configurações Gerais</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation>A tradução pode não ser atualizada antes do qTox ser reinicializado.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>Mostrar ícone na bandeja</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation>Habilitar ícone claro da bandeja.</translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation>Ícone claro</translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation>O qTox vai iniciar minimizado na bandeja.</translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation>Inicializar na bandeja</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>Fechar para a bandeja</translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation>Minimizar para a bandeja</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>Iniciar automaticamente</translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation>Defina onde os arquivos serão salvos.</translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation>Aceitar arquivos automaticamente</translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation>Defina 0 para desativar</translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation>Seu status é alterado para Ausente após o período de inatividade.</translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation>Ausente após (0 para desabilitar):</translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation>Mostrar alterações no status de contatos</translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation>Iniciar qTox com o sistema operacional (usando atual perfil).</translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation>Diretório de arquivos salvos padrão:</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Verificar atualizações</translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation>Verificar ortografia</translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation>Tamanho máximo do arquivo para recepção automática (0 para desativar):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation>Após clicar em minimizar (_) o qTox será minimizado para a bandeja,
ao invés da barra de tarefas.</translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation>Após clicar em fechar (X), o qTox será minimizado para a bandeja,
ao invés de fechar.</translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation>Você pode definir esta configuração para cada contato clicando com o botão direito sobre eles.</translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation>Adicionar uma mensagem de chat quando um usuário entra ou sai de um grupo</translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation>Emoticons</translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation>Enviar arquivos</translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation>Enviar captura de tela</translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation>Armazenar histórico do bate-papo</translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>Remover mensagens</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation>Citar texto selecionado</translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>Copiar endereço do link</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation>Buscar no texto</translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation>Ir para a data atual</translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation>Carregar histórico de bate-papo...</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportar para arquivo</translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation>Tem certeza de que deseja limpar todas as mensagens exibidas?</translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n usuário no bate-papo</numerusform>
            <numerusform>%n usuários no bate-papo</numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation>mudo</translation>
    </message>
    <message>
        <source>unmute</source>
        <translation>ativar som</translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation>Criar um novo grupo</translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation>Convites à grupos</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation>Convidado por %1 em %2 às %3.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unir-se</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation>Defina o título...</translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation>Abrir bate-papo em outra janela</translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation>Remover bate-papo desta janela</translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation>Sair do grupo</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation>
            <numerusform>%n usuário no bate-papo</numerusform>
            <numerusform>%n usuários no bate-papo</numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nova Mensagem</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation>Informações Públicas</translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation>ID Tox</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation>Seu ID Tox (clique para copiar)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation>Renomear perfil.</translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation>Voltar a tela inicial</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>Encerrar sessão</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Apagar senha</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Mudar senha</translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation>Este código QR contém seu ID Tox. Você pode compartilhá-lo com seus amigos.</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Salvar imagem</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation>Excluir perfil.</translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation>Permite exportar seu perfil Tox para um arquivo.
O perfil não contém o seu histórico.</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation>Apagar a sua senha e criptografia do seu perfil.</translation>
    </message>
    <message>
        <source>Name input</source>
        <translation>Entrada de nome</translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation>Nome visível para os contatos</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Entrada de status de mensagem</translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation>Mensagem de status visível para contatos</translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation>Seu ID Tox</translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation>Salvar imagem QR como arquivo</translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation>Copiar imagem QR para a área de transferência</translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation>Renomear perfil.</translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation>Excluir perfil.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation>Apagar a senha do perfil</translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation>Alterar a senha do perfil</translation>
    </message>
    <message>
        <source>My name:</source>
        <translation>Meu nome:</translation>
    </message>
    <message>
        <source>My status:</source>
        <translation>Meu estado:</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Meu perfil</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation>Este ID permite que outros usuários do Tox adicionem e entrem em contato com você.
Compartilhe com seus amigos para começar a conversar.</translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation>Caixa de diálogo carregar histórico</translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation>Carregar histórico de:</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Segurança da senha: %p%</translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation>Criar Perfil</translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation>Se o perfil não tiver uma senha, qTox pode pular a tela de entrada</translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation>Carregar automaticamente</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carregar</translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation>Carregar Perfil</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Novo Perfil</translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation>Não foi possível criar um novo perfil</translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation>O nome de usuário não pode ser vazio.</translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation>A senha deve ter pelo menos 6 caracteres.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Um perfil com este nome já existe.</translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation>Perfis protegidos por senha não podem ser carregados automaticamente.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation>Não foi possível carregar o perfil</translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation>Não há perfil selecionado.

Você pode querer criar um.</translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation>Não foi possível carregar o perfil</translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation>Este perfil já está em uso.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Senha incorreta.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation>Campo de entrada do nome de usuário</translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation>Campo de entrada de senha, você pode deixá-lo vazio (sem senha) ou digitar pelo menos 6 caracteres</translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation>Campo de confirmação de senha</translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation>Criar um novo botão de perfil</translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation>Lista de perfis</translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation>Lista de perfis</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Digite sua senha</translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation>Carregar automaticamente caixa de seleção</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation>Carregar o botão do perfil selecionado</translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation>Página de criação de novo perfil</translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation>Carregar página de perfil já existente</translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation>As senha digitadas diferem.
Certifique-se de que você entrou a mesma senha duas vezes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation>Seu status</translation>
    </message>
    <message>
        <source>...</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>...</translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation>Adicionar contatos</translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation>Criar um bate-papo de grupo</translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation>Ver transferências de arquivos completadas</translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation>Alterar suas configurações</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Abrir perfil</translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation>Abra a página de perfil ao clicar</translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation>Entrada de status de mensagem</translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation>Defina a sua mensagem de status que será exibia aos outros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation>Definir status de disponibilidade</translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation>Buscar contatos</translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation>Entrada de busca de contato para amigos conhecidos</translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation>Classificação e visibilidade</translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation>Definir classificação e visibilidade dos amigos</translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation>Abrir página Adicionar Amigos</translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation>Bate-papo em grupo</translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation>Abrir a página de gerenciamento de bate-papo em grupo</translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation>Histórico de transferências de arquivos</translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation>Abrir histórico de transferências de arquivos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation>Arquivo executável</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation>Você pediu ao qTox para abrir um arquivo executável. Executáveis podem potencialmente danificar seu computador. Tem certeza de que deseja abrir este arquivo?</translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation>Vídeo Tox</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation>Tela Cheia</translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation>Exibir/ocultar visualização de vídeo</translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation>Silenciar áudio</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar microfone</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation>Terminar chamada de vídeo</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Sair da tela cheia</translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation>Ocultar mensagens</translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Exibir mensagens</translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation>Visualizar</translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation>Trazer Todos para a Frente</translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation>Sair da Tela Cheia</translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation>Entrar em Tela Cheia</translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation>
            <numerusform>Mensagem não lida</numerusform>
            <numerusform>Mensagens não lidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation>Nova mensagem de grupo</translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation>Recebendo transferência de arquivo</translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation>%1 - transferência de arquivo</translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation>Convite para grupo recebido</translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation>%1 convida você a participar de um grupo.</translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation>Pedido de amizade recebido</translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation>Pedido de amizade recebido de %1</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation>TECLA CAPS-LOCK ATIVADA</translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation>Deseja excluir permanentemente todo o histórico de bate-papo?</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation>Seus contatos poderão ver quando você estiver digitando.</translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation>Enviar notificação de digitação</translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation>Guardar histórico de bate-papo</translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation>NoSpam faz parte de seu ID Tox.
Se você estiver recebendo muitas solicitações indesejadas, você deve mudar seu NoSpam.
Não será possível lhe adicionar com seu ID antigo, mas você manterá sua lista de amigos.</translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation>NoSpam</translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation>NoSpam faz parte de seu ID Tox e pode ser mudado a vontade.
Se você estiver recebendo muitas solicitações indesejadas, mude seu NoSpam.</translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation>Gerar NoSpam aleatório</translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation>O histórico de bate-papo ainda está em desenvolvimento.
Mudanças no arquivo salvo podem ocorrer, isso pode resultar em perda de dados.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation>Filtrar as mensagens de grupo por chaves públicas dos membros do grupo. Coloque aqui as chaves públicas, uma por linha.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation>Falha ao derivar a chave da senha, o perfil não usará a nova senha.</translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation>Toxeando com qTox</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Não foi possível alterar a senha do banco de dados, ela pode estar corrompida ou usar a senha antiga.</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translation>Escolha uma imagem para o perfil</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>Renomear &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>Não é possível abrir esse arquivo.</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation>Perfil atual: </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation>Não foi possível ler esta imagem.</translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation>A imagem é muito grande.
Por favor, escolha outra.</translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation>Não foi possível renomear o perfil para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>Impossível gravar aqui</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation>Nada para remover</translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation>Seu perfil não possui uma senha!</translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation>Por favor, insira uma nova senha.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation>Tem certeza de que deseja excluir esse perfil?</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation>Salvar código QR (*.png)</translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation>Não foi possível excluir os arquivos!</translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation>Mudar a senha</translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation>Definir senha do perfil</translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation>Localização atual do perfil: %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation>Não foi possível alterar a senha</translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation>Caminho em branco não está disponível</translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation>Não foi possível renomear</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation>O perfil já existe</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Um perfil chamado &quot;%1&quot; já existe.</translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation>Nome em branco</translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation>Nome em branco não está disponível</translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation>Caminho em branco</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation>Salvar arquivo Tox (*.tox)</translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation>Os seguintes arquivos não puderam ser excluídos:</translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation>Favor removê-los manualmente.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation>Imagens (%1)</translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation>Você não possui permissão de escrita nesse diretório. Escolha outro ou cancele a operação.</translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation>Falha ao salvar o arquivo</translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation>O arquivo que você escolheu não pôde ser salvo.</translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation>Não é possível usar diretórios em branco.</translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation>Não foi possível alterar a senha do banco de dados, ela pode estar corrompida ou usar a senha antiga.</translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation>Os nomes de usuário Tox não podem exceder% 1 caracteres.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation>Apagar perfil</translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation>Remover senha</translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation>Tem certeza de que deseja remover a sua senha?</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation>Este ID permite que outros usuários do Tox adicionem e entrem em contato com você.
Compartilhe com seus amigos para começar a conversar.

Este ID inclui o código NoSpam (em azul) e o checkum (em cinza).</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation>Arquivo formato Tox (*.tox)</translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation>Ignorando arquivos não Tox</translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation>Aviso: você escolheu um arquivo que não é um arquivo de formato Tox; ignorando.</translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation>O perfil já existe</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation>Um perfil chamado &quot;%1&quot; já existe. Deseja sobrescrevê-lo?</translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation>O arquivo não existe</translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation>O perfil não existe</translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation>Perfil importado</translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation>%1.tox importado com sucesso</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation>Da esquerda para a direita</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>Não foi possível adicionar amigo</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation>Você não pode adicionar a si mesmo como contato!</translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation>% 1 não é um endereço Tox válido.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Olive</source>
        <translation>Verde-oliva</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violeta</translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation>Recebendo chamada...</translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation>Olá, aqui é %1 ! Gostaria de me adicionar no Tox?</translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation>O qTox não pôde abrir seus registros de bate-papo, eles serão desativados.</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation>Azul escuro</translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation>Verde oliva</translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation>Vermelho escuro</translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation>conectado</translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation>Reformatando o texto...</translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation>%1 mensagem(s) de %2 bate-papo(s)</translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation>%1 mensagem(s) de %2</translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation>negociando</translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation>Falha ao enviar o arquivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation>%1 entrou no grupo</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>%1 saiu do grupo</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 agora se chama %2</translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation>%1 definiu o título como %2</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Removidas</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation>A chamada com %1 terminou inesperadamente. %2</translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation>Chamada para %1 terminada. %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation>%1 agora é %2</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Chamando %1</translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation>%1 chamando</translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation>Falha no envio da mensagem</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>Inicializando</translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation>Transmitindo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rompido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation>Pausa no remoto</translation>
    </message>
    <message>
        <source>File Name</source>
        <translation>Nome do Arquivo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation>Você entrou no grupo</translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation>Você deixou o grupo</translation>
    </message>
    <message>
        <source>Failed to load chat history</source>
        <translation>Falha em carregar o histórico de bate-papos</translation>
    </message>
    <message>
        <source>Database version (%1) is newer than we currently support (%2). Please upgrade qTox.</source>
        <translation>A versão do banco de dados (%1) é mais recente do que a que suportamos atualmente (%2). Favor atualizar o qTox.</translation>
    </message>
</context>
<context>
    <name>RemoveChatDialog</name>
    <message>
        <source>Remove friend</source>
        <translation>Remover amigo</translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation>Se marcado, remove todo o histórico de bate-papo com o amigo</translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation>Também remover histórico de bate-papo</translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation>Tem certeza que deseja remover %1 da sua lista de contatos?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation>Clique e arraste para selecionar uma região. Pressione %1 para ocultar/mostrar a janela do qTox, ou %2 para cancelar.</translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation>Pressione %1 para enviar uma captura de tela da seleção, %2 para ocultar/mostrar a janela do qTox ou %3 para cancelar.</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>[Enter] key on the keyboard</comment>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>The text could not be found.</source>
        <translation>Texto não encontrado.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation>Iniciar busca:</translation>
    </message>
    <message>
        <source>from the end</source>
        <translation>a partir do fim</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>a partir do começo</translation>
    </message>
    <message>
        <source>after date</source>
        <translation>após a data</translation>
    </message>
    <message>
        <source>before date</source>
        <translation>antes da data</translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation>00/00/0000</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Observar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Somente palavras inteiras</translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation>Usar expressões comuns</translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation>Caixa de diálogo Selecionar data</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>Selecione uma data</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>Informe sua senha</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>Confirmar:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation>Segurança da senha: %p%</translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation>Senhas não correspondem.</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation>Confirmar senha</translation>
    </message>
    <message>
        <source>Password input</source>
        <translation>Entrada de senha</translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation>Campo de entrada da senha, mínimo 6 caracteres</translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation>Senha muito curta.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation>Círculo #%1</translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation>Falha no carregamento de configurações pessoais</translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation>Não foi possível atualizar as configurações da versão %1 para a versão %2. Não é possível iniciar o qTox.</translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation>Falha ao carregar configurações globais</translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation>Adicionar um contato</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation>Você deseja adicionar %1 como seu contato?</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID do usuário:</translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation>Mensagem de requisição contato:</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Interface de usuário</translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation>Bate-papo</translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation>Fonte de base:</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Size: </source>
        <translation>Tamanho: </translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation>A preferência de novo estilo de texto pode não ser carregada até o qTox reiniciar.</translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation>Formatar estilo de texto:</translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation>Selecione a preferência de estilo de texto.</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Texto sem formatação</translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation>Mostrar símbolos de formatação</translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation>Não mostrar os símbolos de formatação</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation>Abre a janela do qTox quando você receber uma nova mensagem e nenhuma janela estiver ainda aberta.</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>Abrir janela</translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation>Lista de contatos</translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation>Colocar bate-papo em grupo no topo da lista de amigos</translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation>Sua lista de contatos será exibida em modo compacto.</translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation>Lista de contatos compacta</translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation>Modo de janelas múltiplas</translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation>Abra cada bate-papo em uma janela separada</translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation>Emoticons</translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation>Usar emoticons</translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation>Tamanho dos emoticons:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>Estilo:</translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation>Cor do tema:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Formato de hora:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Formato de data:</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation>Use identicons em vez de avatares em branco</translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation>Mostrar uma notificação quando você receber uma nova mensagem e a janela não estiver selecionada.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation>Somente notificar quando for mencionado em bate-papos de grupo</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Tocar som</translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation>Tocar som quando ocupado</translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation>Notificar através de notificações da área de trabalho</translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation>Ocultar remetente e conteúdo da mensagem</translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation>Usar apelidos coloridos em chats de grupo</translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation>Somente notificar novas mensagens em bate-papos de grupo quando você for mencionado.</translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation>Se marcada, bate-papos de grupo serão colocados no topo da sua lista de amigos. Caso contrário, estarão abaixo dos amigos conectados.</translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation>Se ativado, cada contato sem um avatar terá um ícone gerado com base em seu Tox ID em vez da imagem padrão. É necessário reiniciar para aplicar as modificações.</translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation>Pacote de emoticons:</translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation>Online</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>Encerrar sessão</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>Filtrar...</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>Criar novo grupo...</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>Adicionar novo círculo...</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation>Por Nome</translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation>Por Atividade</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>Desconectados</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>Buscar Contatos</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>Bate-papo em grupo #%1</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>Exibir</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>Adicionar contato</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>Convites a grupos</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>Transferências de arquivos</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>Meu perfil</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation>O Toxcore falhou ao iniciar, o aplicativo será encerrado após você fechar esta mensagem.</translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation>O Toxcore não conseguiu iniciar com suas configurações de proxy. O qTox não pode ser executado; favor modificar suas configurações e reiniciar.</translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation>Não foi possível enviar pedido de amizade</translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation>
            <numerusform>%n novo pedido de amizade</numerusform>
            <numerusform>%n novos pedidos de amizade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation>
            <numerusform>%n novo convite de grupo</numerusform>
            <numerusform>%n novos convites de grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Mudar Status</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Encerrar sessão</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Adicionar contato...</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
</context>
</TS>
