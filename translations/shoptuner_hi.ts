<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
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
        <translation>एक छोटे भाषा मॉडल को अपनी दुकान सिखाइए: आपके उत्पाद, समीक्षाएँ और सवाल, इसी कंप्यूटर पर प्रशिक्षित। आपका डेटा कभी इससे बाहर नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="35"/>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="36"/>
        <source>&amp;About ShopTuner</source>
        <translation>ShopTuner के &amp;बारे में</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="52"/>
        <source>About ShopTuner</source>
        <translation>ShopTuner के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="53"/>
        <source>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Fine-tune a small language model on your own shop&apos;s data, on your own computer.</source>
        <translation>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;अपनी दुकान के डेटा पर एक छोटे भाषा मॉडल को, अपने ही कंप्यूटर पर, प्रशिक्षित कीजिए।</translation>
    </message>
</context>
</TS>
