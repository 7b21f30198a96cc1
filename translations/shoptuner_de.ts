<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>shoptuner::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="16"/>
        <source>ShopTuner</source>
        <translation>ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="19"/>
        <source>&lt;h1&gt;ShopTuner&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;ShopTuner&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="20"/>
        <source>Teach a small language model your shop: your products, reviews and questions, trained on this computer. Your data never leaves it.</source>
        <translation>Bringen Sie einem kleinen Sprachmodell Ihren Shop bei: Ihre Produkte, Bewertungen und Fragen, trainiert auf diesem Computer. Ihre Daten verlassen ihn nie.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="35"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>&amp;About ShopTuner</source>
        <translation>&amp;Über ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>About ShopTuner</source>
        <translation>Über ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Fine-tune a small language model on your own shop&apos;s data, on your own computer.</source>
        <translation>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Trainieren Sie ein kleines Sprachmodell mit den Daten Ihres eigenen Shops, auf Ihrem eigenen Computer.</translation>
    </message>
</context>
</TS>
