<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>QObject</name>
    <message>
        <source>Emulates robot`s behaviour on TRIK Studio 2D model separately from programming environment. Passed .qrs will be interpreted just like when &apos;Run&apos; button was pressed in TRIK Studio.</source>
        <translation type="vanished">Эмулирует поведение робота на 2D модели TRIK Studio отдельно от редактора программ. Указанный файл сохранения .qrs будет исполнен, как в случае нажатия на кнопку &quot;Запуск&quot; в среде.</translation>
    </message>
    <message>
        <source>Emulates robot`s behaviour on TRIK Studio 2D model separately from programming environment. Passed .qrs will be interpreted just like when &apos;Run&apos; button was pressed in TRIK Studio. 
In background mode the session will be terminated just after the execution ended and return code will then contain binary information about program correctness.Example: 
</source>
        <translation>Эмулирует поведение робота на 2D модели TRIK Studio отдельно от редактора программ. Указанный файл сохранения .qrs будет исполнен, как в случае нажатия на кнопку &quot;Запуск&quot; в среде. 
В режиме проверки сессия будет автоматически закрыта по факту завершения исполнения программы, в этом случае код возврата будет содержать бинарную информацию о корректности программы. Пример: 
</translation>
    </message>
    <message>
        <source>Save file to be interpreted.</source>
        <translation>Файл сохранения, который будет исполнен.</translation>
    </message>
    <message>
        <source>Run emulation in background.</source>
        <translation>Произвести эмуляцию в фоне.</translation>
    </message>
    <message>
        <source>A path to file where checker results will be written (JSON).</source>
        <translation>Путь к файлу, куда будут записаны результаты проверки (JSON).</translation>
    </message>
    <message>
        <source>Inputs for JavaScript solution.</source>
        <translation>Входные данные для JavaScript файла.</translation>
    </message>
    <message>
        <source>Set to &quot;script&quot; for execution of js/py from the project or set to &quot;diagram&quot; for block diagram.</source>
        <translation>Установите &quot;script&quot; для выполнения js/py скрипта из проекта или установите &quot;diagram&quot; для выполнения диаграммы блоков.</translation>
    </message>
    <message>
        <source>Speed factor, try from 5 to 20, or even 1000 (at your own risk!).</source>
        <translation>Ускорение, попробуйте от 5 до 20, но можно пробовать и 1000.</translation>
    </message>
    <message>
        <source>Shows robot&apos;s display.</source>
        <translation>Отображает дисплей робота.</translation>
    </message>
    <message>
        <source>The complete file path, including the filename, to save the generated JavaScript or Python code.</source>
        <translation>Полный путь, включающий имя файла, для сохранения сгенерированного Javascript или Python кода.</translation>
    </message>
    <message>
        <source>The path to the Python or JavaScript file that will be used for interpretation.</source>
        <translation>Путь к Python или Javascript файлу, который будет использоваться для интерпретации.</translation>
    </message>
    <message>
        <source>Do not run the interpretation in any mode, this is a parameter that is only used to generate a file.</source>
        <translation>Не запускайте интерпретацию ни в каком режиме, этот параметр используется только для создания файла.</translation>
    </message>
    <message>
        <source>Add a delay in milliseconds after executing the script before closing the window</source>
        <translation>Добавить задержку в миллисекундах после выполнения скрипта перед закрытием окна</translation>
    </message>
    <message>
        <source>Do not run the interpretation in any mode, this is a parameter used only to generate a file.</source>
        <translation type="vanished">Не запускайте интерпретацию ни в каком режиме, этот параметр используется только для генерации файла.</translation>
    </message>
    <message>
        <source>Select &quot;python&quot; or &quot;javascript&quot;.</source>
        <translation>Выберите &quot;python&quot; или &quot;javascript&quot;.</translation>
    </message>
    <message>
        <source>A path to file where robot`s trajectory will be written. The writing will not be performed not immediately, each trajectory point will be written just when obtained by checker, so FIFOs are recommended to be targets for this option.</source>
        <translation>Путь к файлу, куда будет выводиться траектори робота. Запись не будет осуществлена единомоментно, каждый узел траектории будет записан по факту его просчета проверяющей системой. Поэтому разумно использования FIFO-файлов в качестве значения этого параметра.</translation>
    </message>
    <message>
        <source>Close the window and exit if the diagram/script finishes without errors.</source>
        <translation>Закрыть окно если диаграмма/скрипт были выполнены без ошибок.</translation>
    </message>
    <message>
        <source>Close the window and exit after diagram/script finishes.</source>
        <translation>Закрыть окно и выйти после завершения диаграммы/скрипта.</translation>
    </message>
    <message>
        <source>Shows robot&apos;s console.</source>
        <translation>Отображает консоль робота.</translation>
    </message>
    <message>
        <source>A path to file where robot`s trajectory will be written. The writing will not be performed not immediately, each trajectory point will be written just when obtained by checker, engine so FIFOs are recommended to be targets for this option.</source>
        <translation type="obsolete">Путь к файлу, куда будует выводиться траектория робота. Записть не будет осуществлена одномоментно, каждый узел траектории будет записан по факту его подсчета проверяющей системой</translation>
    </message>
</context>
<context>
    <name>twoDModel::Runner</name>
    <message>
        <source>Robot console</source>
        <translation>Консоль робота</translation>
    </message>
</context>
</TS>
