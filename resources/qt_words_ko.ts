<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own words that Qt's Korean translation (qtbase_ko.qm) lacks: it has "Look in:"
  and "Files of type:", not Qt 6's "&Look in:" and "Files of &type:", so every file
  dialog of the Korean window showed those two labels in English. Loaded after Qt's
  translation (officer_desk/gui/texts.py); compiled by `make translations`.
-->
<TS version="2.1" language="ko_KR">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>다음에서 찾기(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>파일 형식(&amp;T):</translation>
        </message>
    </context>
</TS>
