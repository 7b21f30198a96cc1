<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="16"/>
        <source>The quickest to train and try: good for sentiment and yes/no tasks, weak at writing answers.</source>
        <translation>Am schnellsten trainiert und ausprobiert: gut für Stimmung und Ja/Nein-Aufgaben, schwach beim Schreiben von Antworten.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="21"/>
        <source>A good first choice on an ordinary computer: trains in hours on a processor, and learns the shop&apos;s tasks well.</source>
        <translation>Eine gute erste Wahl auf einem gewöhnlichen Computer: trainiert in Stunden auf einem Prozessor und lernt die Aufgaben des Shops gut.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="27"/>
        <source>Small and multilingual: a good choice when reviews and questions are not in English.</source>
        <translation>Klein und mehrsprachig: eine gute Wahl, wenn Bewertungen und Fragen nicht auf Englisch sind.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="32"/>
        <source>A Llama-shaped model of 1.1 billion parameters; better answers than the small ones, slower to train without a graphics card.</source>
        <translation>Ein Modell in Llama-Bauart mit 1,1 Milliarden Parametern; bessere Antworten als die kleinen, ohne Grafikkarte langsamer zu trainieren.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="38"/>
        <source>The model of the published results: strong on every task; needs a free Hugging Face account and Meta&apos;s licence accepted.</source>
        <translation>Das Modell der veröffentlichten Ergebnisse: stark in jeder Aufgabe; braucht ein kostenloses Hugging-Face-Konto und die angenommene Lizenz von Meta.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="45"/>
        <source>Stronger multilingual answers; best trained on a graphics card.</source>
        <translation>Stärkere mehrsprachige Antworten; am besten auf einer Grafikkarte trainiert.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="49"/>
        <source>The strongest SmolLM2: the best answers of the open licences here; wants a graphics card to train in reasonable time.</source>
        <translation>Das stärkste SmolLM2: die besten Antworten der offenen Lizenzen hier; braucht eine Grafikkarte, um in vertretbarer Zeit zu trainieren.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="55"/>
        <source>The largest here: the best answers, for a computer with a graphics card of 12 GB or more; needs a Hugging Face account and Meta&apos;s licence accepted.</source>
        <translation>Das größte hier: die besten Antworten, für einen Computer mit einer Grafikkarte ab 12 GB; braucht ein Hugging-Face-Konto und die angenommene Lizenz von Meta.</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="61"/>
        <source>Not a chat model: scores written answers with BERTScore, as the published figures are.</source>
        <translation>Kein Chat-Modell: bewertet geschriebene Antworten mit BERTScore, wie die veröffentlichten Werte.</translation>
    </message>
</context>
<context>
    <name>EvalJob</name>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="171"/>
        <source>Testing “%1” on %2: %3 of %4 questions asked</source>
        <translation>Teste „%1“ (%2): %3 von %4 Fragen gestellt</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="244"/>
        <source>Loading the encoder that scores answers by meaning</source>
        <translation>Lade den Encoder, der Antworten nach ihrer Bedeutung bewertet</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="252"/>
        <source>Scoring the answers to “%1” by meaning</source>
        <translation>Bewerte die Antworten zu „%1“ nach ihrer Bedeutung</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="288"/>
        <source>Loading the model</source>
        <translation>Lade das Modell</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="352"/>
        <source>The test is finished</source>
        <translation>Der Test ist fertig</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="172"/>
        <source>a graphics card (%1) and a processor with %2 cores and %3 of memory</source>
        <translation>eine Grafikkarte (%1) und ein Prozessor mit %2 Kernen und %3 Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="177"/>
        <source>a processor with %1 cores and %2 of memory, no graphics card</source>
        <translation>ein Prozessor mit %1 Kernen und %2 Arbeitsspeicher, keine Grafikkarte</translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="185"/>
        <source>the processor</source>
        <translation>dem Prozessor</translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="186"/>
        <source>the graphics card (%1)</source>
        <translation>der Grafikkarte (%1)</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="88"/>
        <source>Every training example is longer than the settings allow. Raise “Longest example (tokens)” in the training settings and start again.</source>
        <translation>Jedes Trainingsbeispiel ist länger, als die Einstellungen erlauben. Erhöhen Sie „Längstes Beispiel (Tokens)“ in den Trainingseinstellungen und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="92"/>
        <source>This run has no saved point to continue from. Start a new run instead.</source>
        <translation>Dieser Lauf hat keinen gespeicherten Stand, an dem er fortgesetzt werden kann. Starten Sie stattdessen einen neuen Lauf.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="95"/>
        <source>Training became unstable: the loss stopped being a number. Lower the learning rate in the training settings and start again; the last saved point of this run is kept.</source>
        <translation>Das Training wurde instabil: Der Verlust ist keine Zahl mehr. Senken Sie die Lernrate in den Trainingseinstellungen und starten Sie erneut; der letzte gespeicherte Stand dieses Laufs bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="99"/>
        <source>This computer ran out of memory while training. Choose fewer examples per step (batch) or a shorter longest example in the training settings and start again.</source>
        <translation>Diesem Computer ist beim Training der Arbeitsspeicher ausgegangen. Wählen Sie in den Trainingseinstellungen weniger Beispiele pro Schritt (Batch) oder ein kürzeres längstes Beispiel und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="103"/>
        <source>This needs a graphics card (CUDA), and none is in use. Choose “Processor (CPU) only” under Settings → Compute on.</source>
        <translation>Dafür ist eine Grafikkarte (CUDA) nötig, aber keine ist in Gebrauch. Wählen Sie unter Einstellungen → Rechnen auf „Nur der Prozessor (CPU)“.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="107"/>
        <source>The model&apos;s vocabulary lacks the markers of the conversation format chosen for it. Choose a model with its own chat format, or the plain instruction format.</source>
        <translation>Dem Vokabular des Modells fehlen die Markierungen des für es gewählten Gesprächsformats. Wählen Sie ein Modell mit eigenem Chat-Format oder das einfache Anweisungsformat.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="111"/>
        <source>The model folder has no tokenizer (tokenizer.json or tokenizer.model). Choose a complete model folder.</source>
        <translation>Der Modellordner enthält keinen Tokenizer (tokenizer.json oder tokenizer.model). Wählen Sie einen vollständigen Modellordner.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="115"/>
        <source>The ranking test items lack the relevance label of each product, so they cannot be scored.</source>
        <translation>Den Ranking-Testfällen fehlt die Relevanzbewertung jedes Produkts, daher können sie nicht bewertet werden.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="17"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="18"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="19"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="20"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="21"/>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="22"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="23"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="24"/>
        <source>GTIN / EAN / UPC</source>
        <translation>GTIN / EAN / UPC</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="25"/>
        <source>Part number (MPN)</source>
        <translation>Herstellernummer (MPN)</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="26"/>
        <source>Rating</source>
        <translation>Sternebewertung</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="27"/>
        <source>Review text</source>
        <translation>Bewertungstext</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="28"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="29"/>
        <source>Review ID</source>
        <translation>Bewertungs-ID</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="30"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="31"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="32"/>
        <source>Question ID</source>
        <translation>Frage-ID</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="33"/>
        <source>Search query</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="34"/>
        <source>Search ID</source>
        <translation>Such-ID</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="35"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="36"/>
        <source>Clicked</source>
        <translation>Angeklickt</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="37"/>
        <source>Added to cart</source>
        <translation>In den Warenkorb gelegt</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="38"/>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="39"/>
        <source>Customer or session</source>
        <translation>Kunde oder Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="40"/>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="41"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="42"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="43"/>
        <source>Parent product</source>
        <translation>Übergeordnetes Produkt</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="44"/>
        <source>Reviewer name</source>
        <translation>Name des Rezensenten</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="53"/>
        <source>Your shop&apos;s own id or SKU for the product</source>
        <translation>Die eigene ID oder SKU Ihres Shops für das Produkt</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="54"/>
        <source>The product name as shown in the shop</source>
        <translation>Der Produktname, wie er im Shop angezeigt wird</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="55"/>
        <source>The long product text (HTML is cleaned up)</source>
        <translation>Der ausführliche Produkttext (HTML wird bereinigt)</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="56"/>
        <source>Bullet points, separated by | or on separate lines</source>
        <translation>Stichpunkte, getrennt durch | oder in eigenen Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="57"/>
        <source>Brand or manufacturer</source>
        <translation>Marke oder Hersteller</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="58"/>
        <source>Price as a number</source>
        <translation>Preis als Zahl</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="59"/>
        <source>Category path such as Home &gt; Kitchen &gt; Mugs</source>
        <translation>Kategoriepfad wie Wohnen &gt; Küche &gt; Tassen</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="60"/>
        <source>The barcode number</source>
        <translation>Die Barcode-Nummer</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="61"/>
        <source>Manufacturer part number or model</source>
        <translation>Artikelnummer des Herstellers oder Modell</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="62"/>
        <source>Stars from 1 to 5; none for reviews without stars</source>
        <translation>Sterne von 1 bis 5; keine bei Bewertungen ohne Sterne</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="63"/>
        <source>What the customer wrote</source>
        <translation>Was der Kunde geschrieben hat</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="64"/>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="65"/>
        <source>What the customer asked</source>
        <translation>Was der Kunde gefragt hat</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="66"/>
        <source>The answer given</source>
        <translation>Die gegebene Antwort</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="67"/>
        <source>What the customer typed into the search box</source>
        <translation>Was der Kunde ins Suchfeld eingegeben hat</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="68"/>
        <source>Groups the products shown for one search</source>
        <translation>Fasst die Produkte zusammen, die bei einer Suche angezeigt wurden</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="69"/>
        <source>Where the product was shown (1 = top)</source>
        <translation>Wo das Produkt angezeigt wurde (1 = ganz oben)</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="70"/>
        <source>1 if the customer clicked the product</source>
        <translation>1, wenn der Kunde das Produkt angeklickt hat</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="71"/>
        <source>1 if it went into the cart</source>
        <translation>1, wenn es in den Warenkorb gelegt wurde</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="72"/>
        <source>1 if it was bought</source>
        <translation>1, wenn es gekauft wurde</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="73"/>
        <source>Who ordered: any stable id, no names needed</source>
        <translation>Wer bestellt hat: eine beliebige gleichbleibende ID, Namen sind nicht nötig</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="74"/>
        <source>Groups the lines of one order</source>
        <translation>Fasst die Positionen einer Bestellung zusammen</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="75"/>
        <source>How many were ordered</source>
        <translation>Wie viele bestellt wurden</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="77"/>
        <source>The stock-keeping unit; where products have variants, the variant&apos;s. Other files may name products by it</source>
        <translation>Die Artikelnummer (SKU); bei Produkten mit Varianten die der Variante. Andere Dateien können Produkte darüber benennen</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="81"/>
        <source>For variant rows: the product they belong to. Variants are added to that product</source>
        <translation>Bei Variantenzeilen: das Produkt, zu dem sie gehören. Varianten werden diesem Produkt zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="84"/>
        <source>Who wrote the review. Only used to remove their name from the text; never trained on</source>
        <translation>Wer die Bewertung geschrieben hat. Nur verwendet, um den Namen aus dem Text zu entfernen; nie zum Training genutzt</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="88"/>
        <source>The order the review is about (Etsy&apos;s reviews name no product): the review is linked to that order&apos;s product when the orders file has the order with one product</source>
        <translation>Die Bestellung, um die es in der Bewertung geht (Etsy-Bewertungen nennen kein Produkt): Die Bewertung wird dem Produkt dieser Bestellung zugeordnet, wenn die Bestelldatei die Bestellung mit genau einem Produkt enthält</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../ui/problem_report.cpp" line="138"/>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="139"/>
        <source>This is what happened, with e-mail addresses, phone and order numbers, your name, your home folder and the project&apos;s name taken out. Read it first: nothing is sent. Copy it into an e-mail or save it, for whoever helps you.</source>
        <translation>Das ist, was passiert ist, ohne E-Mail-Adressen, Telefon- und Bestellnummern, Ihren Namen, Ihren Benutzerordner und den Namen des Projekts. Lesen Sie es zuerst: Nichts wird gesendet. Kopieren Sie es in eine E-Mail oder speichern Sie es, für die Person, die Ihnen hilft.</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="150"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="152"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="157"/>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="159"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/translations.cpp" line="46"/>
        <source>Show Details...</source>
        <translation>Details einblenden …</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="47"/>
        <source>Hide Details...</source>
        <translation>Details ausblenden …</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/report_export.cpp" line="75"/>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report_export.cpp" line="82"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/report_export.cpp" line="83"/>
        <source>%1 could not be written. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/translations.cpp" line="38"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="40"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="41"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="43"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="44"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="45"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../ui/translations.cpp" line="33"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="34"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="35"/>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="36"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/project/services/report.cpp" line="248"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="250"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="252"/>
        <source>stopped before it finished</source>
        <translation>vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="254"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="256"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="591"/>
        <source>ShopTuner report</source>
        <translation>ShopTuner-Bericht</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="444"/>
        <source> with adapter %1</source>
        <translation> mit Adapter %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="374"/>
        <source>Test the model before training too (the same questions) to see what training changed.</source>
        <translation>Testen Sie auch das Modell vor dem Training (dieselben Fragen), um zu sehen, was das Training verändert hat.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="378"/>
        <source>On ECInstruct&apos;s public test, the questions of the published table, it is at or above %1 on %2 of %3 tests.</source>
        <translation>Im öffentlichen Test von ECInstruct, mit den Fragen der veröffentlichten Tabelle, liegt es in %2 von %3 Tests auf oder über %1.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="381"/>
        <source>As a rough guide only: %1&apos;s published scores come from ECInstruct&apos;s questions, not your shop&apos;s; on %2 of %3 tests yours is at or above them.</source>
        <translation>Nur als grobe Orientierung: Die veröffentlichten Werte von %1 stammen aus den Fragen von ECInstruct, nicht aus denen Ihres Shops; in %2 von %3 Tests liegt Ihres auf oder über ihnen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="450"/>
        <source>How well the model does your shop&apos;s tasks</source>
        <translation>Wie gut das Modell die Aufgaben Ihres Shops erledigt</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="451"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="452"/>
        <source>Evaluated:</source>
        <translation>Getestet:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="453"/>
        <source>Compared with:</source>
        <translation>Verglichen mit:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="457"/>
        <source>This test is not finished (%1): the figures below cover only the tasks scored so far.</source>
        <translation>Dieser Test ist nicht abgeschlossen (%1): Die Zahlen unten umfassen nur die bisher bewerteten Aufgaben.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="470"/>
        <location filename="../core/project/services/comparison.cpp" line="168"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="471"/>
        <location filename="../core/project/services/comparison.cpp" line="168"/>
        <source>Test set</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="472"/>
        <location filename="../core/project/services/comparison.cpp" line="169"/>
        <source>Metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="473"/>
        <source>This model</source>
        <translation>Dieses Modell</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="474"/>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="475"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="476"/>
        <source>Before training</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="477"/>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="485"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="505"/>
        <source>Published scores, in-domain test sets</source>
        <translation>Veröffentlichte Ergebnisse, bekannte Kategorien</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="506"/>
        <source>Published scores, out-of-domain test sets</source>
        <translation>Veröffentlichte Ergebnisse, neue Kategorien</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="507"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="533"/>
        <source>The worst answers</source>
        <translation>Die schlechtesten Antworten</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="568"/>
        <source>Answer generation is scored with BERTScore F1 (roberta-large, layer 17), as the published figures are.</source>
        <translation>Die Antwortgenerierung wird mit BERTScore F1 (roberta-large, Schicht 17) bewertet, wie die veröffentlichten Werte.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="572"/>
        <source>Answer generation is scored with BERTScore on another encoder or layer than the published figures (roberta-large, layer 17), so it is not compared with them.</source>
        <translation>Die Antwortgenerierung wird mit BERTScore auf einem anderen Encoder oder einer anderen Schicht als bei den veröffentlichten Werten (roberta-large, Schicht 17) bewertet und deshalb nicht mit ihnen verglichen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="575"/>
        <source>Answer generation is scored with ROUGE-L because no roberta-large encoder is installed for BERTScore; it is not compared with the published BERTScore figures.</source>
        <translation>Die Antwortgenerierung wird mit ROUGE-L bewertet, weil für BERTScore kein roberta-large-Encoder installiert ist; sie wird nicht mit den veröffentlichten BERTScore-Werten verglichen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="582"/>
        <source>Invalid: answers the metric could not read (eCeLLM&apos;s rules).</source>
        <translation>Ungültig: Antworten, die das Maß nicht lesen konnte (Regeln von eCeLLM).</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="537"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="38"/>
        <source>, the same as before training</source>
        <translation>, gleich wie vor dem Training</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="39"/>
        <source>, up from %1 before training</source>
        <translation>, mehr als vor dem Training (%1)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="40"/>
        <source>, down from %1 before training</source>
        <translation>, weniger als vor dem Training (%1)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="48"/>
        <source> (%1 before training)</source>
        <translation> (vor dem Training %1)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="57"/>
        <source>Its answers are %1 close in meaning to the shop&apos;s own answers%2; unrelated sentences score about 83%.</source>
        <translation>Seine Antworten stimmen in der Bedeutung zu %1 mit den eigenen Antworten des Shops überein%2; Sätze ohne Bezug erreichen etwa 83 %.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="62"/>
        <source>Its answers share %1 of their wording with the shop&apos;s own answers%2.</source>
        <translation>Seine Antworten teilen %1 ihres Wortlauts mit den eigenen Antworten des Shops%2.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="66"/>
        <source>Ranking quality %1 over %2 searches%3.</source>
        <translation>Ranking-Qualität %1 über %2 Suchen%3.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="71"/>
        <source>Right on %1 of %2 questions%3.</source>
        <translation>Richtig bei %1 von %2 Fragen%3.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="76"/>
        <source>Scored %1 over %2 questions%3.</source>
        <translation>Erreicht %1 über %2 Fragen%3.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="82"/>
        <source>None of its answers could be used: each matched none of the answers this question allows.</source>
        <translation>Keine seiner Antworten war verwendbar: Jede passte zu keiner der Antworten, die diese Frage zulässt.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="86"/>
        <source>%1 of %2 answers could not be used (they matched none of the allowed answers) and count as wrong.</source>
        <translation>%1 von %2 Antworten waren nicht verwendbar (sie passten zu keiner zulässigen Antwort) und zählen als falsch.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="101"/>
        <source>Not compared: the published figures measure closeness in meaning with BERTScore, which needs the roberta-large encoder</source>
        <translation>Nicht verglichen: Die veröffentlichten Werte messen die Bedeutungsnähe mit BERTScore, wofür der Encoder roberta-large nötig ist</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="104"/>
        <source>Not compared: the published figure is measured as %1</source>
        <translation>Nicht verglichen: Der veröffentlichte Wert wird als %1 gemessen</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="107"/>
        <source>%1 published no score for this</source>
        <translation>%1 hat hierfür keinen Wert veröffentlicht</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="109"/>
        <source>Too few questions to tell how it compares with %1 (%2 tested, at least %3 needed)</source>
        <translation>Zu wenige Fragen, um den Vergleich mit %1 zu beurteilen (%2 getestet, mindestens %3 nötig)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="118"/>
        <source>Clearly above %1 (%2)</source>
        <translation>Deutlich über %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="119"/>
        <source>Clearly below %1 (%2)</source>
        <translation>Deutlich unter %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="120"/>
        <source>About level with %1 (%2): the difference could be chance</source>
        <translation>Etwa gleichauf mit %1 (%2): Der Unterschied könnte Zufall sein</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="150"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="240"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a number format (F32, BF16), %2 the device: &quot;the processor&quot;, &quot;the graphics card (cuda:0)&quot;</extracomment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="352"/>
        <source>None of the model&apos;s %1 answers could be used: each matched none of the answers its question allows. It needs more training: train for longer or on more examples, then test again.</source>
        <translation>Keine der %1 Antworten des Modells war verwendbar: Jede passte zu keiner Antwort, die ihre Frage zulässt. Es braucht mehr Training: Trainieren Sie länger oder mit mehr Beispielen und testen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="357"/>
        <source>%1 of the model&apos;s %2 answers could not be used (they matched none of the allowed answers); they count as wrong.</source>
        <translation>%1 der %2 Antworten des Modells waren nicht verwendbar (sie passten zu keiner zulässigen Antwort); sie zählen als falsch.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="363"/>
        <source>Training made the model better on %1 of %2 tests, on the same questions (on %3 of them by more than chance explains).</source>
        <translation>Das Training hat das Modell bei %1 von %2 Tests verbessert, mit denselben Fragen (bei %3 davon stärker, als Zufall erklärt).</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="369"/>
        <source>Training made the model better on %1 of %2 tests, on the same questions.</source>
        <translation>Das Training hat das Modell bei %1 von %2 Tests verbessert, mit denselben Fragen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="386"/>
        <source>Tests with too few questions (under %2) to compare with the published scores: %1.</source>
        <translation>Tests mit zu wenigen Fragen (unter %2) für einen Vergleich mit den veröffentlichten Werten: %1.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="392"/>
        <source>On ECInstruct&apos;s public test, the questions of the published table, every test had too few questions (under %2) to compare with %1.</source>
        <translation>Im öffentlichen Test von ECInstruct, mit den Fragen der veröffentlichten Tabelle, hatte jeder Test zu wenige Fragen (unter %2) für einen Vergleich mit %1.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="395"/>
        <source>As a rough guide only: %1&apos;s published scores come from ECInstruct&apos;s questions, not your shop&apos;s; every test had too few questions (under %2) to compare with them.</source>
        <translation>Nur als grober Anhaltspunkt: Die veröffentlichten Werte von %1 stammen von den Fragen aus ECInstruct, nicht von denen Ihres Shops; jeder Test hatte zu wenige Fragen (unter %2) für einen Vergleich damit.</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="448"/>
        <source>Computed in:</source>
        <translation>Berechnet in:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="538"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="539"/>
        <source>The model said</source>
        <translation>Das Modell sagte</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="554"/>
        <source>Sources of the published scores</source>
        <translation>Quellen der veröffentlichten Ergebnisse</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="41"/>
        <source> + run %1</source>
        <translation> + Lauf %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="43"/>
        <source> + adapter %1</source>
        <translation> + Adapter %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="44"/>
        <source> (base)</source>
        <translation> (Basis)</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="149"/>
        <source>ShopTuner comparison</source>
        <translation>ShopTuner-Vergleich</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="152"/>
        <source>in-domain test sets (the shop&apos;s own products)</source>
        <translation>In-Domain-Testsätze (die eigenen Produkte des Shops)</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="154"/>
        <source>out-of-domain test sets (product categories left out of training)</source>
        <translation>Out-of-Domain-Testsätze (beim Training ausgelassene Produktkategorien)</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="155"/>
        <source>all test sets</source>
        <translation>alle Testsätze</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="157"/>
        <source>Models compared task by task</source>
        <translation>Modelle im Vergleich, Aufgabe für Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="158"/>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="192"/>
        <source>In brackets: the 95% interval from resampling the test items. Bold: the best model on that row. Published scores appear only where the metric is the one the tables use.</source>
        <translation>In Klammern: das 95-%-Intervall aus der Neuziehung der Testfragen. Fett: das beste Modell in dieser Zeile. Veröffentlichte Werte erscheinen nur, wo das Maß dasselbe wie in den Tabellen ist.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="42"/>
        <source>Find colours, sizes, materials</source>
        <translation>Farben, Größen, Materialien finden</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="43"/>
        <source>Tell which products go together</source>
        <translation>Erkennen, welche Produkte zusammenpassen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="44"/>
        <source>Spot duplicate listings</source>
        <translation>Doppelte Angebote erkennen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="45"/>
        <source>Read how a review feels</source>
        <translation>Die Stimmung einer Bewertung erkennen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="46"/>
        <source>Guess what a customer buys next</source>
        <translation>Vorhersagen, was ein Kunde als Nächstes kauft</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="47"/>
        <source>Judge if a product fits a search</source>
        <translation>Beurteilen, ob ein Produkt zur Suche passt</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="48"/>
        <source>Find substitutes for a search</source>
        <translation>Ersatzprodukte für eine Suche finden</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="49"/>
        <source>Rank products for a search</source>
        <translation>Produkte für eine Suche ordnen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="50"/>
        <source>Tell if reviews answer a question</source>
        <translation>Erkennen, ob Bewertungen eine Frage beantworten</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="51"/>
        <source>Answer customer questions</source>
        <translation>Kundenfragen beantworten</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="70"/>
        <source>%1, %2 in ECInstruct and the published tables</source>
        <translation>%1, %2 in ECInstruct und den veröffentlichten Tabellen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="77"/>
        <source>new categories</source>
        <translation>neue Kategorien</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="79"/>
        <source>new wording</source>
        <translation>neue Formulierungen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="80"/>
        <source>your products</source>
        <translation>Ihre Produkte</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="86"/>
        <source>Questions about product categories the model never saw in training: does it carry over?</source>
        <translation>Fragen zu Produktkategorien, die das Modell im Training nie gesehen hat: Lässt sich das Gelernte übertragen?</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="89"/>
        <source>Questions about your products, asked in a wording the model never saw in training</source>
        <translation>Fragen zu Ihren Produkten, in einer Formulierung, die das Modell im Training nie gesehen hat</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="91"/>
        <source>Questions about your products, kept aside from training so the model sees them for the first time</source>
        <translation>Fragen zu Ihren Produkten, vom Training zurückgehalten, sodass das Modell sie zum ersten Mal sieht</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="98"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="100"/>
        <source>Checking during training</source>
        <translation>Prüfung während des Trainings</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="102"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="109"/>
        <location filename="../core/project/services/task_words.cpp" line="110"/>
        <source>share right</source>
        <translation>Anteil richtig</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="111"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="112"/>
        <source>F1, balanced</source>
        <translation>F1, ausgewogen</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="113"/>
        <source>ranking (NDCG)</source>
        <translation>Ranking (NDCG)</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="114"/>
        <source>wording (ROUGE-L)</source>
        <translation>Wortlaut (ROUGE-L)</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="115"/>
        <source>meaning (BERTScore)</source>
        <translation>Bedeutung (BERTScore)</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="124"/>
        <source>The share of questions answered right.</source>
        <translation>Der Anteil der richtig beantworteten Fragen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="126"/>
        <source>F1 balances two things: how many of the right answers the model gives, and how few wrong ones it adds. 100% means it gives exactly the right answers.</source>
        <translation>F1 wägt zweierlei ab: wie viele der richtigen Antworten das Modell gibt und wie wenige falsche es hinzufügt. 100 % heißt, es gibt genau die richtigen Antworten.</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="130"/>
        <source>F1 for each possible answer (for example positive, neutral, negative), averaged, so a model that always gives the commonest answer scores low. 100% means every answer right.</source>
        <translation>F1 für jede mögliche Antwort (zum Beispiel positiv, neutral, negativ), gemittelt, sodass ein Modell, das immer die häufigste Antwort gibt, niedrig abschneidet. 100 % heißt: jede Antwort richtig.</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="134"/>
        <source>How close the model&apos;s order of products is to the best order: the best products near the top count most. 100% means the best possible order.</source>
        <translation>Wie nah die Reihenfolge der Produkte beim Modell an der besten Reihenfolge liegt: Die besten Produkte ganz oben zählen am meisten. 100 % heißt: die bestmögliche Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="138"/>
        <source>How much of the wording the model&apos;s answer shares with the shop&apos;s own answer. Good answers in other words score low, so treat it as a rough sign.</source>
        <translation>Wie viel vom Wortlaut die Antwort des Modells mit der eigenen Antwort des Shops teilt. Gute Antworten in anderen Worten schneiden schlecht ab, also nur ein grober Hinweis.</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="142"/>
        <source>How close the model&apos;s answer is in meaning to the shop&apos;s own answer, as a large language encoder judges it. Unrelated sentences still score about 83%, so differences near the top matter.</source>
        <translation>Wie nah die Antwort des Modells in ihrer Bedeutung an der eigenen Antwort des Shops liegt, wie ein großer Sprach-Encoder es beurteilt. Sätze ohne Bezug erreichen noch etwa 83 %, also zählen Unterschiede nahe der Spitze.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../ui/token_store.cpp" line="74"/>
        <location filename="../ui/token_store.cpp" line="93"/>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>TrainJob</name>
    <message>
        <location filename="../core/project/jobs/train_job.cpp" line="123"/>
        <source>Loading the model and the examples</source>
        <translation>Lade das Modell und die Beispiele</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/train_job.cpp" line="144"/>
        <source>Learning step %1 of %2</source>
        <translation>Lernschritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>WorkExport</name>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="49"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="51"/>
        <source>Choose another folder, one you can write to.</source>
        <translation>Wählen Sie einen anderen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="88"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="90"/>
        <source>not written: the file has no row for this product</source>
        <translation>nicht geschrieben: die Datei hat keine Zeile für dieses Produkt</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="92"/>
        <source>not written: the file has no column for this attribute</source>
        <translation>nicht geschrieben: die Datei hat keine Spalte für dieses Merkmal</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="94"/>
        <source>not written: the cell has a value in the file now</source>
        <translation>nicht geschrieben: die Zelle hat in der Datei inzwischen einen Wert</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="147"/>
        <source>%1 is a JSON file; ShopTuner writes catalogs back as CSV or TSV only, so its changes are in the change list for you to enter in your shop.</source>
        <translation>%1 ist eine JSON-Datei; ShopTuner schreibt Kataloge nur als CSV oder TSV zurück. Die Änderungen stehen daher in der Änderungsliste, damit Sie sie in Ihrem Shop eintragen.</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="178"/>
        <source>%1 of %2 accepted values could not be written into %3; the change list says why.</source>
        <translation>%1 von %2 übernommenen Werten konnten nicht in %3 geschrieben werden; die Änderungsliste sagt, warum.</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="189"/>
        <source>not written: enter it in your shop</source>
        <translation>nicht geschrieben: bitte in Ihrem Shop eintragen</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="194"/>
        <location filename="../core/project/services/work/work_export.cpp" line="230"/>
        <location filename="../core/project/services/work/work_export.cpp" line="276"/>
        <location filename="../core/project/services/work/work_export.cpp" line="327"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="194"/>
        <location filename="../core/project/services/work/work_export.cpp" line="231"/>
        <location filename="../core/project/services/work/work_export.cpp" line="277"/>
        <location filename="../core/project/services/work/work_export.cpp" line="327"/>
        <location filename="../core/project/services/work/work_export.cpp" line="365"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="195"/>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="195"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="196"/>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="196"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="197"/>
        <location filename="../core/project/services/work/work_export.cpp" line="229"/>
        <location filename="../core/project/services/work/work_export.cpp" line="280"/>
        <location filename="../core/project/services/work/work_export.cpp" line="332"/>
        <location filename="../core/project/services/work/work_export.cpp" line="368"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="198"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="66"/>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="86"/>
        <source>written as “%1”, the entry your shop uses</source>
        <translation>geschrieben als „%1“, der Eintrag, den Ihr Shop verwendet</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="96"/>
        <source>not written: the file&apos;s encoding has no “%1”; enter it in your shop, or save the file as UTF-8 and import it again</source>
        <translation>nicht geschrieben: die Kodierung der Datei kennt kein „%1“; tragen Sie den Wert in Ihrem Shop ein oder speichern Sie die Datei als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="103"/>
        <source>not written: Shopify takes only values set up in your shop for this field, and no product in the file has one yet; set it on the product in Shopify</source>
        <translation>nicht geschrieben: Shopify nimmt für dieses Feld nur Werte, die in Ihrem Shop angelegt sind, und kein Produkt der Datei hat bisher einen; legen Sie ihn beim Produkt in Shopify fest</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="106"/>
        <source>not written: Shopify takes only values set up in your shop for this field, and the file uses no “%1”; set it on the product in Shopify, or edit the suggestion to one the file uses: %2</source>
        <translation>nicht geschrieben: Shopify nimmt für dieses Feld nur Werte, die in Ihrem Shop angelegt sind, und die Datei verwendet kein „%1“; legen Sie ihn beim Produkt in Shopify fest oder ändern Sie den Vorschlag in einen Wert, den die Datei verwendet: %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="228"/>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="229"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="230"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="231"/>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="232"/>
        <source>Review title</source>
        <translation>Titel der Bewertung</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="233"/>
        <location filename="../core/project/services/work/work_export.cpp" line="277"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="234"/>
        <location filename="../core/project/services/work/work_export.cpp" line="281"/>
        <location filename="../core/project/services/work/work_export.cpp" line="333"/>
        <location filename="../core/project/services/work/work_export.cpp" line="369"/>
        <source>Checked by you</source>
        <translation>Von Ihnen geprüft</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="276"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="278"/>
        <source>Reviews answer it</source>
        <translation>Bewertungen beantworten sie</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="279"/>
        <source>Draft answer</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="328"/>
        <source>Other product</source>
        <translation>Anderes Produkt</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="329"/>
        <location filename="../core/project/services/work/work_export.cpp" line="367"/>
        <source>Its title</source>
        <translation>Sein Titel</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="330"/>
        <source>Same product</source>
        <translation>Dasselbe Produkt</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="331"/>
        <source>Can stand in for it</source>
        <translation>Kann es ersetzen</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="363"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="363"/>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="364"/>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="364"/>
        <source>Shown now</source>
        <translation>Jetzt gezeigt</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="366"/>
        <source>The model&apos;s choice</source>
        <translation>Die Wahl des Modells</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="405"/>
        <source>The project has no job %1.</source>
        <translation>Das Projekt hat keinen Auftrag %1.</translation>
    </message>
</context>
<context>
    <name>WorkJob</name>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="89"/>
        <source>The project has no job %1 to continue.</source>
        <translation>Das Projekt hat keinen Auftrag %1, der fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="103"/>
        <source>There is no job called “%1”.</source>
        <translation>Es gibt keinen Auftrag namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="104"/>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen davon: %1.</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="107"/>
        <source>Finding what needs doing</source>
        <translation>Suche, was zu tun ist</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="156"/>
        <source>Loading the model</source>
        <translation>Lade das Modell</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="231"/>
        <source>%1: %2 of %3 asked (%4 per second)</source>
        <translation>%1: %2 von %3 gefragt (%4 pro Sekunde)</translation>
    </message>
</context>
<context>
    <name>WorkKind</name>
    <message>
        <location filename="../core/project/services/work/fill_attributes.cpp" line="64"/>
        <source>Fill missing attributes</source>
        <translation>Fehlende Merkmale ergänzen</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/triage_reviews.cpp" line="22"/>
        <source>Triage reviews</source>
        <translation>Bewertungen sichten</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/draft_answers.cpp" line="27"/>
        <source>Draft answers to questions</source>
        <translation>Antworten auf Fragen entwerfen</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/find_duplicates.cpp" line="75"/>
        <source>Find duplicate and substitute listings</source>
        <translation>Doppelte und ersetzende Angebote finden</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/search_ranking.cpp" line="35"/>
        <source>Rank search results</source>
        <translation>Suchergebnisse ordnen</translation>
    </message>
</context>
<context>
    <name>WorkTrust</name>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="37"/>
        <source>When tested on your kept-aside examples, this model got %1 of %2 questions of “%3” right.</source>
        <translation>Im Test mit Ihren zurückgelegten Beispielen hat dieses Modell %1 von %2 Fragen zu „%3“ richtig beantwortet.</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="44"/>
        <source>When tested on your kept-aside examples, this model scored %1 at “%2” (%3 questions).</source>
        <translation>Im Test mit Ihren zurückgelegten Beispielen erreichte dieses Modell bei „%2“ %1 (%3 Fragen).</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="51"/>
        <source>That is too few questions to tell how far to trust it.</source>
        <translation>Das sind zu wenige Fragen, um zu sagen, wie weit man ihm trauen kann.</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="54"/>
        <source>It is weak at this task: check every suggestion.</source>
        <translation>Bei dieser Aufgabe ist es schwach: Prüfen Sie jeden Vorschlag.</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="57"/>
        <source>This model has not been tested on “%1” yet: test it on the Results page to know how far to trust its suggestions.</source>
        <translation>Dieses Modell wurde bei „%1“ noch nicht getestet: Testen Sie es auf der Seite „Ergebnisse“, um zu wissen, wie weit Sie seinen Vorschlägen trauen können.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Fine-tune a small language model on your own shop&apos;s data.</source>
        <translation>Ein kleines Sprachmodell mit den Daten Ihres eigenen Shops feinabstimmen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Open the bundled demo shop (made on first use).</source>
        <translation>Den mitgelieferten Demo-Shop öffnen (wird beim ersten Mal erstellt).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>A .shoptuner project file to open.</source>
        <translation>Eine .shoptuner-Projektdatei, die geöffnet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>ShopTuner is shown in English: no font on this computer can show %1. Install one (on Debian or Ubuntu: sudo apt install fonts-noto-core) and start ShopTuner again.</source>
        <translation>ShopTuner wird auf Englisch angezeigt: Keine Schrift auf diesem Computer kann %1 darstellen. Installieren Sie eine (unter Debian oder Ubuntu: sudo apt install fonts-noto-core) und starten Sie ShopTuner neu.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::BenchmarkRunner</name>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="33"/>
        <source>Test on the public &amp;benchmark</source>
        <translation>Am öffentlichen &amp;Benchmark testen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="34"/>
        <source>Show the benchmark report</source>
        <translation>Benchmark-Bericht zeigen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="40"/>
        <source>ECInstruct&apos;s own test questions, the ones the published figures were measured on: a like-for-like comparison (about 530 MB downloaded once)</source>
        <translation>Die eigenen Testfragen von ECInstruct, an denen die veröffentlichten Werte gemessen wurden: ein direkter Vergleich (etwa 530 MB, einmal heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="83"/>
        <source>Train a model first; then test it here on the public benchmark.</source>
        <translation>Trainieren Sie zuerst ein Modell; testen Sie es dann hier am öffentlichen Benchmark.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="124"/>
        <source>Stopped; what was downloaded is kept for the next try.</source>
        <translation>Angehalten; was heruntergeladen wurde, bleibt für den nächsten Versuch erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="138"/>
        <source>Fetching ECInstruct&apos;s test questions from Hugging Face…</source>
        <translation>Die Testfragen von ECInstruct werden von Hugging Face geholt…</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="145"/>
        <source>The benchmark could not be downloaded</source>
        <translation>Der Benchmark konnte nicht heruntergeladen werden</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="153"/>
        <source>Reading the test questions into %1…</source>
        <translation>Die Testfragen werden in %1 eingelesen…</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="159"/>
        <source>The benchmark could not be read</source>
        <translation>Der Benchmark konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="165"/>
        <source>Testing the model on the public benchmark…</source>
        <translation>Das Modell wird am öffentlichen Benchmark getestet…</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="167"/>
        <source>The benchmark test stopped with an error</source>
        <translation>Der Benchmark-Test wurde mit einem Fehler beendet</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="190"/>
        <source>The public benchmark</source>
        <translation>Der öffentliche Benchmark</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ChatPanel</name>
    <message>
        <location filename="../ui/chat_panel.cpp" line="41"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="42"/>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="166"/>
        <source>&amp;Copy answer</source>
        <translation>Antwort &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="43"/>
        <source>New c&amp;onversation</source>
        <translation>Neues &amp;Gespräch</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="164"/>
        <source>Answer with</source>
        <translation>Antworten mit</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="74"/>
        <source>Example questions</source>
        <translation>Beispielfragen</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="171"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="76"/>
        <source>Ask something, e.g. about a product or a review… (Ctrl+Enter sends)</source>
        <translation>Fragen Sie etwas, z. B. zu einem Produkt oder einer Bewertung… (Strg+Enter sendet)</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="44"/>
        <source>Side &amp;by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="77"/>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="83"/>
        <source>Ask two models the same thing and see their answers next to each other, e.g. the trained model and the model before training</source>
        <translation>Zwei Modellen dieselbe Frage stellen und die Antworten nebeneinander sehen, z. B. das trainierte Modell und das Modell vor dem Training</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="90"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="99"/>
        <source>0 always gives the most likely answer; higher values vary more</source>
        <translation>0 gibt immer die wahrscheinlichste Antwort; höhere Werte sorgen für mehr Abwechslung</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="102"/>
        <source>The longest answer, in tokens</source>
        <translation>Die längste Antwort, in Tokens</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="103"/>
        <source>Creativity (temperature):</source>
        <translation>Kreativität (Temperatur):</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="104"/>
        <source>Longest answer:</source>
        <translation>Längste Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="164"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="167"/>
        <source>Copies this column&apos;s last answer</source>
        <translation>Kopiert die letzte Antwort dieser Spalte</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="171"/>
        <source>Conversation with the second model</source>
        <translation>Gespräch mit dem zweiten Modell</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="174"/>
        <source>Answer with:</source>
        <translation>Antworten mit:</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="174"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="187"/>
        <source>Ready: %1</source>
        <translation>Bereit: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="193"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="208"/>
        <location filename="../ui/chat_panel.cpp" line="215"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="208"/>
        <source>%1 tokens per second</source>
        <translation>%1 Tokens pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="279"/>
        <source>Trained model, run %1 (%2)</source>
        <translation>Trainiertes Modell, Trainingslauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="282"/>
        <source>Base model, untrained (%1)</source>
        <translation>Basismodell, untrainiert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="303"/>
        <source>Choose a model (and train it) first.</source>
        <translation>Wählen Sie zuerst ein Modell (und trainieren Sie es).</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="318"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="328"/>
        <source>Try an example…</source>
        <translation>Ein Beispiel ausprobieren…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="339"/>
        <source>Colour, size and material of “%1”</source>
        <translation>Farbe, Größe und Material von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="340"/>
        <source>Which colour, size and material does this product have? %1</source>
        <translation>Welche Farbe, Größe und welches Material hat dieses Produkt? %1</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="344"/>
        <source>How a review feels</source>
        <translation>Stimmung einer Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="345"/>
        <source>Is this review very positive, positive, neutral, negative or very negative? &quot;%1&quot;</source>
        <translation>Ist diese Bewertung sehr positiv, positiv, neutral, negativ oder sehr negativ? „%1“</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="348"/>
        <source>A customer&apos;s question</source>
        <translation>Eine Kundenfrage</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="349"/>
        <source>A customer asks about &quot;%1&quot;: is it a good gift? Answer in two sentences.</source>
        <translation>Ein Kunde fragt nach „%1“: Ist es ein gutes Geschenk? Antworten Sie in zwei Sätzen.</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="370"/>
        <location filename="../ui/chat_panel.cpp" line="388"/>
        <source>Answering…</source>
        <translation>Antwort wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="370"/>
        <source>Waiting for the first answer…</source>
        <translation>Wartet auf die erste Antwort…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="447"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="447"/>
        <location filename="../ui/chat_panel.cpp" line="452"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare_panel.cpp" line="60"/>
        <source>Tests to compare</source>
        <translation>Zu vergleichende Tests</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="61"/>
        <source>Tick the tests to set side by side: the base model, trained runs, other models</source>
        <translation>Haken Sie die Tests an, die nebeneinander stehen sollen: das Basismodell, trainierte Läufe, andere Modelle</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="63"/>
        <source>Test sets</source>
        <translation>Testsätze</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="64"/>
        <source>All test sets</source>
        <translation>Alle Testsätze</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="65"/>
        <source>Your products (in-domain)</source>
        <translation>Ihre Produkte (In-Domain)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="66"/>
        <source>New categories (out-of-domain)</source>
        <translation>Neue Kategorien (Out-of-Domain)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="67"/>
        <source>In-domain: products like those trained on. Out-of-domain: product categories kept out of training, to see whether the model generalises</source>
        <translation>In-Domain: Produkte wie die im Training. Out-of-Domain: beim Training ausgelassene Produktkategorien – zeigt, ob das Modell verallgemeinert</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="91"/>
        <source>Published &amp;models</source>
        <translation>Veröffentlichte &amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="92"/>
        <source>Published scores drawn as reference lines and listed in the table</source>
        <translation>Veröffentlichte Werte als Bezugslinien im Diagramm und in der Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="73"/>
        <location filename="../ui/compare_panel.cpp" line="77"/>
        <source>Scores per task and model</source>
        <translation>Ergebnisse je Aufgabe und Modell</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="107"/>
        <source>&amp;Test sets:</source>
        <translation>&amp;Testsätze:</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="123"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="123"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="124"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="124"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="125"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="125"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="130"/>
        <source>%1 comparison</source>
        <translation>%1 Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="146"/>
        <source>T&amp;ests to compare:</source>
        <translation>Zu v&amp;ergleichende Tests:</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="214"/>
        <source>%1
Model: %2
Adapter: %3
Tested: %4 (%5)</source>
        <translation>%1
Modell: %2
Adapter: %3
Getestet: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="215"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="218"/>
        <source>Computed in: %1</source>
        <translation>Berechnet in: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="246"/>
        <source>Nothing to compare yet: test a model on the Results page (Verdict) first.</source>
        <translation>Noch nichts zu vergleichen: Testen Sie zuerst ein Modell auf der Seite „Ergebnisse“ (Urteil).</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="248"/>
        <source>Tick one or more tests on the left.</source>
        <translation>Haken Sie links einen oder mehrere Tests an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare_panel.cpp" line="250"/>
        <source>%n test(s) compared over %1 task rows. Bold: the best on that row; dashed lines: published scores where the metric matches.</source>
        <translation>
            <numerusform>%n Test im Vergleich über %1 Aufgabenzeilen. Fett: das Beste in der Zeile; gestrichelte Linien: veröffentlichte Werte, wo das Maß übereinstimmt.</numerusform>
            <numerusform>%n Tests im Vergleich über %1 Aufgabenzeilen. Fett: das Beste in der Zeile; gestrichelte Linien: veröffentlichte Werte, wo das Maß übereinstimmt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Metric</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="284"/>
        <source>The metric of the published tables</source>
        <translation>Das Maß der veröffentlichten Tabellen</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="285"/>
        <source>Not the published metric: no published scores on this row</source>
        <translation>Nicht das veröffentlichte Maß: keine veröffentlichten Werte in dieser Zeile</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="289"/>
        <source>This test did not score this task</source>
        <translation>Dieser Test hat diese Aufgabe nicht bewertet</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="293"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="296"/>
        <source>%1 questions, %2 answers unusable (they matched none of the allowed answers); in brackets the range the true score likely lies in</source>
        <translation>%1 Fragen, %2 Antworten nicht verwendbar (sie passten zu keiner zulässigen Antwort); in Klammern der Bereich, in dem der wahre Wert wahrscheinlich liegt</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="333"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="378"/>
        <source>Score (100% is perfect)</source>
        <translation>Wert (100 % ist perfekt)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="395"/>
        <source>ShopTuner comparison</source>
        <translation>ShopTuner-Vergleich</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::DemoShop</name>
    <message>
        <location filename="../ui/demo_shop.cpp" line="81"/>
        <source>The demo shop was not finished.</source>
        <translation>Der Demo-Shop wurde nicht fertig eingerichtet.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="38"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="39"/>
        <source>A folder with the model file and a Modelfile; then run: ollama create my-shop -f Modelfile</source>
        <translation>Ein Ordner mit der Modelldatei und einem Modelfile; danach: ollama create mein-shop -f Modelfile</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="41"/>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="42"/>
        <source>Placed straight into LM Studio&apos;s models folder; it appears in LM Studio&apos;s model list</source>
        <translation>Direkt in den Modellordner von LM Studio gelegt; es erscheint in der Modellliste von LM Studio</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="44"/>
        <source>llama.cpp (one GGUF file)</source>
        <translation>llama.cpp (eine GGUF-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="45"/>
        <source>One file for llama.cpp, llama-server, GPT4All, Jan and other tools that read GGUF</source>
        <translation>Eine Datei für llama.cpp, llama-server, GPT4All, Jan und andere Programme, die GGUF lesen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="47"/>
        <source>Hugging Face folder</source>
        <translation>Hugging-Face-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="48"/>
        <source>The model with the training merged in, for Transformers, vLLM or uploading to the Hub</source>
        <translation>Das Modell mit eingearbeitetem Training, für Transformers, vLLM oder zum Hochladen in den Hub</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="50"/>
        <source>The adapter alone (PEFT)</source>
        <translation>Nur der Adapter (PEFT)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="51"/>
        <source>A few megabytes: only what training changed, with a model card; needs the base model to run</source>
        <translation>Wenige Megabyte: nur was das Training geändert hat, mit Modellkarte; braucht zum Ausführen das Basismodell</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="68"/>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="69"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="70"/>
        <source>&amp;Open the folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="74"/>
        <source>Export the model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="77"/>
        <source>Export %1 (not trained) for the program that will run it.</source>
        <translation>%1 (untrainiert) für das Programm exportieren, das es ausführen soll.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="78"/>
        <source>Export %1 with what training run %2 taught it, for the program that will run it.</source>
        <translation>%1 mit dem, was Trainingslauf %2 ihm beigebracht hat, für das Programm exportieren, das es ausführen soll.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="84"/>
        <source>Where the model will run</source>
        <translation>Wo das Modell laufen soll</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="95"/>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="103"/>
        <source>The model&apos;s name in the files (and in Ollama or LM Studio)</source>
        <translation>Der Name des Modells in den Dateien (und in Ollama oder LM Studio)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="105"/>
        <source>Save to</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="117"/>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="118"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="119"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern in:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="162"/>
        <source>Half precision (F16), the usual choice</source>
        <translation>Halbe Genauigkeit (F16), die übliche Wahl</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="163"/>
        <location filename="../ui/export_dialog.cpp" line="169"/>
        <source>BF16</source>
        <translation>BF16</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="164"/>
        <source>Full precision (F32), twice the size</source>
        <translation>Volle Genauigkeit (F32), doppelte Größe</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="166"/>
        <source>8-bit (Q8_0): half the size of F16, answers nearly the same</source>
        <translation>8 Bit (Q8_0): halb so groß wie F16, fast gleiche Antworten</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="167"/>
        <source>4-bit (Q4_0): a third of F16&apos;s size, answers may change a little</source>
        <translation>4 Bit (Q4_0): ein Drittel der Größe von F16, Antworten können sich etwas ändern</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="168"/>
        <source>Half precision (F16)</source>
        <translation>Halbe Genauigkeit (F16)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="170"/>
        <source>Full precision (F32), largest</source>
        <translation>Volle Genauigkeit (F32), am größten</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="190"/>
        <source>Save the GGUF file</source>
        <translation>GGUF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="190"/>
        <source>GGUF (*.gguf)</source>
        <translation>GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="193"/>
        <source>LM Studio&apos;s models folder</source>
        <translation>Modellordner von LM Studio</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="193"/>
        <source>The folder to create it in</source>
        <translation>Der Ordner, in dem es angelegt wird</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="219"/>
        <location filename="../ui/export_dialog.cpp" line="223"/>
        <location filename="../ui/export_dialog.cpp" line="305"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="219"/>
        <source>Give the model a name and a place to save it.</source>
        <translation>Geben Sie dem Modell einen Namen und einen Speicherort.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="224"/>
        <source>%1 exists already. Choose another name; ShopTuner never overwrites an export.</source>
        <translation>%1 gibt es schon. Wählen Sie einen anderen Namen; ShopTuner überschreibt nie einen Export.</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Done.&lt;/b&gt; Checked before saying so:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fertig.&lt;/b&gt; Vorher geprüft:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="251"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="255"/>
        <source>&lt;p&gt;In a terminal: &lt;code&gt;cd &quot;%1&quot; &amp;amp;&amp;amp; ollama create %2 -f Modelfile&lt;/code&gt;, then &lt;code&gt;ollama run %2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In einem Terminal: &lt;code&gt;cd &quot;%1&quot; &amp;amp;&amp;amp; ollama create %2 -f Modelfile&lt;/code&gt;, dann &lt;code&gt;ollama run %2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="264"/>
        <source>&lt;p&gt;&lt;b&gt;The export did not finish;&lt;/b&gt; nothing was left under its name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Export wurde nicht fertig;&lt;/b&gt; unter seinem Namen blieb nichts zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="265"/>
        <source>The export stopped</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="268"/>
        <source>&lt;p&gt;Cancelled; nothing was left under its name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abgebrochen; unter seinem Namen blieb nichts zurück.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="14"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;ShopTuner teaches a small language model the everyday work of your shop, on this computer: reading how a review feels, finding colours and sizes in product texts, answering customers&apos; questions. Your data never leaves the computer.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import files&lt;/b&gt;: the product catalogue, reviews, questions, search and order logs as your shop system exports them (CSV or JSON). ShopTuner proposes which column holds what; check it and import.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training examples&lt;/b&gt;: ShopTuner turns your data into questions with their right answers, one kind per task, and keeps some aside to test the model later. Personal data (e-mail addresses, phone numbers, order numbers, names) is removed first.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: choose the model to teach. Smaller models train faster; the page says which fit this computer&apos;s memory, and downloads one for you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training plan&lt;/b&gt;: Quick, Balanced or Thorough, with the time and memory it will take.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training&lt;/b&gt;: the model learns from your examples. The curve should fall. You can pause and resume, even after closing ShopTuner.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: the trained model answers the questions kept aside, and ShopTuner says task by task how well, beside the model before training and well-known published models.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Chat&lt;/b&gt; with the model, or &lt;b&gt;export&lt;/b&gt; it for Ollama, LM Studio or llama.cpp.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;Erste Schritte&lt;/h2&gt;&lt;p&gt;ShopTuner bringt einem kleinen Sprachmodell die tägliche Arbeit Ihres Shops bei, auf diesem Computer: erkennen, wie eine Bewertung gemeint ist, Farben und Größen in Produkttexten finden, Kundenfragen beantworten. Ihre Daten verlassen den Computer nie.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Dateien importieren&lt;/b&gt;: den Produktkatalog, Bewertungen, Fragen, Such- und Bestellprotokolle, wie Ihr Shopsystem sie exportiert (CSV oder JSON). ShopTuner schlägt vor, welche Spalte was enthält; prüfen Sie es und importieren Sie.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trainingsbeispiele&lt;/b&gt;: ShopTuner macht aus Ihren Daten Fragen mit ihren richtigen Antworten, eine Art pro Aufgabe, und hält einige zurück, um das Modell später zu testen. Persönliche Daten (E-Mail-Adressen, Telefonnummern, Bestellnummern, Namen) werden zuerst entfernt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Modell&lt;/b&gt;: Wählen Sie das Modell, das lernen soll. Kleinere Modelle trainieren schneller; die Seite sagt, welche in den Speicher dieses Computers passen, und lädt eines für Sie herunter.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Trainingsplan&lt;/b&gt;: Schnell, Ausgewogen oder Gründlich, mit der Zeit und dem Speicher, die es braucht.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training&lt;/b&gt;: Das Modell lernt aus Ihren Beispielen. Die Kurve sollte fallen. Sie können pausieren und fortsetzen, auch nach dem Schließen von ShopTuner.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ergebnisse&lt;/b&gt;: Das trainierte Modell beantwortet die zurückgehaltenen Fragen, und ShopTuner sagt Aufgabe für Aufgabe, wie gut, neben dem Modell vor dem Training und bekannten veröffentlichten Modellen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Chatten&lt;/b&gt; Sie mit dem Modell, oder &lt;b&gt;exportieren&lt;/b&gt; Sie es für Ollama, LM Studio oder llama.cpp.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;Put it to work&lt;/b&gt;: the trained model fills in missing attributes of your products (colour, material, size) from their texts, or reads your reviews and lists the negative ones first. Each suggestion shows how sure the model was; you accept, edit or reject it (Enter, F2, Delete). Export then writes your catalogue file back with only the accepted cells filled, so your shop system imports it as before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Einsetzen&lt;/b&gt;: Das trainierte Modell ergänzt fehlende Merkmale Ihrer Produkte (Farbe, Material, Größe) aus ihren Texten oder liest Ihre Bewertungen und listet die negativen zuerst. Jeder Vorschlag zeigt, wie sicher sich das Modell war; Sie übernehmen, ändern oder verwerfen ihn (Eingabetaste, F2, Entf). Der Export schreibt dann Ihre Katalogdatei zurück, nur mit den übernommenen Zellen ergänzt, sodass Ihr Shopsystem sie wie bisher importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="42"/>
        <source>&lt;h2&gt;When something goes wrong&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;A file that cannot be read: the message names the line. Export it again from your shop system as CSV (UTF-8), or fix that line.&lt;/li&gt;&lt;li&gt;Training stops with an error about memory: choose a smaller model or the Quick plan, or lower “Longest example” on the Training plan page.&lt;/li&gt;&lt;li&gt;Many unusable answers in the Results: the model needs more training (the Balanced or Thorough plan) or more examples.&lt;/li&gt;&lt;li&gt;Anything else: &lt;b&gt;Help → Report a problem&lt;/b&gt; gathers what happened, with personal data removed, for you to read and send to whoever helps you.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;Wenn etwas schiefgeht&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Eine Datei, die sich nicht lesen lässt: Die Meldung nennt die Zeile. Exportieren Sie sie erneut aus Ihrem Shopsystem als CSV (UTF-8), oder korrigieren Sie diese Zeile.&lt;/li&gt;&lt;li&gt;Das Training bricht mit einem Speicherfehler ab: Wählen Sie ein kleineres Modell oder den Plan „Schnell“, oder senken Sie „Längstes Beispiel“ auf der Seite „Trainingsplan“.&lt;/li&gt;&lt;li&gt;Viele unbrauchbare Antworten in den Ergebnissen: Das Modell braucht mehr Training (den Plan „Ausgewogen“ oder „Gründlich“) oder mehr Beispiele.&lt;/li&gt;&lt;li&gt;Alles andere: &lt;b&gt;Hilfe → Ein Problem melden&lt;/b&gt; sammelt, was passiert ist, ohne persönliche Daten, damit Sie es lesen und an die Person senden, die Ihnen hilft.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="62"/>
        <source>ShopTuner help</source>
        <translation>ShopTuner-Hilfe</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ImportPanel</name>
    <message>
        <location filename="../ui/import_panel.cpp" line="45"/>
        <source>Your products: titles, descriptions, brands, prices, categories</source>
        <translation>Ihre Produkte: Titel, Beschreibungen, Marken, Preise, Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="47"/>
        <source>What customers wrote, with their star ratings</source>
        <translation>Was Kunden geschrieben haben, mit ihren Sternebewertungen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="49"/>
        <source>Customer questions about products, with your answers</source>
        <translation>Kundenfragen zu Produkten, mit Ihren Antworten</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="51"/>
        <source>What customers searched for and which products they clicked or bought</source>
        <translation>Wonach Kunden gesucht haben und welche Produkte sie angeklickt oder gekauft haben</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="53"/>
        <source>Which customer bought what, and when</source>
        <translation>Welcher Kunde was wann gekauft hat</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="66"/>
        <source>Product catalog</source>
        <translation>Produktkatalog</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="68"/>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="70"/>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="72"/>
        <source>Search log</source>
        <translation>Suchprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="74"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="76"/>
        <source>ECInstruct records</source>
        <translation>ECInstruct-Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="183"/>
        <source>Add the files your shop system exports. ShopTuner reads CSV, TSV and JSON files in any common encoding. You can also drop files on this window.</source>
        <translation>Fügen Sie die Dateien hinzu, die Ihr Shopsystem exportiert. ShopTuner liest CSV-, TSV- und JSON-Dateien in jeder gängigen Zeichenkodierung. Sie können Dateien auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="138"/>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="140"/>
        <source>Choose a %1 file</source>
        <translation>Datei auswählen: %1</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="155"/>
        <source>Choose a file on the left, or drop one here, to see its first rows and how its columns will be read.</source>
        <translation>Wählen Sie links eine Datei aus oder ziehen Sie eine hierher, um ihre ersten Zeilen zu sehen und wie ihre Spalten gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="106"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="91"/>
        <source>Show the &amp;problems…</source>
        <translation>&amp;Probleme anzeigen …</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="122"/>
        <source>Every problem noted in the file, with its line, to fix in the file or the shop</source>
        <translation>Jedes in der Datei gefundene Problem mit seiner Zeile, zum Beheben in der Datei oder im Shop</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="234"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="235"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="236"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="237"/>
        <source>%n search result(s)</source>
        <translation>
            <numerusform>%n Suchergebnis</numerusform>
            <numerusform>%n Suchergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="238"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n Bestellposition</numerusform>
            <numerusform>%n Bestellpositionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="242"/>
        <source>✓ %1 from %2</source>
        <translation>✓ %1 aus %2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="243"/>
        <source>Not imported yet</source>
        <translation>Noch nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="261"/>
        <source>Choose the %1 file</source>
        <translation>Datei auswählen: %1</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="262"/>
        <source>Shop exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Shop-Exporte (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="277"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="306"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="309"/>
        <source>Cannot read this file</source>
        <translation>Diese Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="310"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="320"/>
        <source>What is in this file?</source>
        <translation>Was enthält diese Datei?</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="321"/>
        <source>ShopTuner could not tell what %1 holds. Choose what it is:</source>
        <translation>ShopTuner konnte nicht erkennen, was %1 enthält. Bitte wählen Sie aus, was es ist:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="361"/>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 — %3, %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; als %2 — %3, %n Spalte</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; als %2 — %3, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="396"/>
        <location filename="../ui/import_panel.cpp" line="399"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="398"/>
        <source>the order in “%1”</source>
        <translation>die Bestellung in „%1“</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="399"/>
        <source>, then </source>
        <translation>, dann </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="405"/>
        <source>reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="405"/>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="406"/>
        <source>search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="406"/>
        <source>order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="408"/>
        <source>%1 of %2 %3 name a product in your catalog (by %4).</source>
        <translation>%1 von %2 %3 nennen ein Produkt aus Ihrem Katalog (über %4).</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="412"/>
        <source>In the first rows, %1 of %2 %3 name a product in your catalog (by %4); checking the whole file…</source>
        <translation>In den ersten Zeilen nennen %1 von %2 %3 ein Produkt aus Ihrem Katalog (über %4); die ganze Datei wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="418"/>
        <source>Not found in the catalog: %1%2</source>
        <translation>Nicht im Katalog gefunden: %1%2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="423"/>
        <source>Most rows do not link: choose the column that holds your products&apos; id, SKU, barcode or title.</source>
        <translation>Die meisten Zeilen lassen sich nicht zuordnen: Wählen Sie die Spalte mit der ID, SKU, dem Barcode oder dem Titel Ihrer Produkte.</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="439"/>
        <source>No catalog has been imported yet, so these rows cannot be linked to products. Import the catalog first, or import this file now and the catalog later.</source>
        <translation>Es wurde noch kein Katalog importiert, daher lassen sich diese Zeilen keinen Produkten zuordnen. Importieren Sie zuerst den Katalog, oder importieren Sie diese Datei jetzt und den Katalog später.</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="487"/>
        <source>Read the whole file into the project</source>
        <translation>Die ganze Datei in das Projekt einlesen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="517"/>
        <source>Nothing from %1 was imported.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="518"/>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="520"/>
        <source>Import of %1 stopped; nothing from it was kept.</source>
        <translation>Import von %1 abgebrochen; davon wurde nichts übernommen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="523"/>
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>%n Zeile aus %1 importiert.</numerusform>
            <numerusform>%n Zeilen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="525"/>
        <source>%n row(s) could not be used and were left out.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht verwendet werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen konnten nicht verwendet werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="528"/>
        <source>%n product(s), with %1 variant row(s) added to their products.</source>
        <translation>
            <numerusform>%n Produkt, %1 Variantenzeile(n) den Produkten zugeordnet.</numerusform>
            <numerusform>%n Produkte, %1 Variantenzeile(n) den Produkten zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="532"/>
        <source>%n of its products were already in your catalog under another id; that id was added to them.</source>
        <translation>
            <numerusform>%n seiner Produkte war bereits unter einer anderen ID in Ihrem Katalog; diese ID wurde ihm hinzugefügt.</numerusform>
            <numerusform>%n seiner Produkte waren bereits unter einer anderen ID in Ihrem Katalog; diese IDs wurden ihnen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="536"/>
        <source>%n row(s) of files imported earlier now link to a product of this catalog.</source>
        <translation>
            <numerusform>%n Zeile früher importierter Dateien ist jetzt einem Produkt dieses Katalogs zugeordnet.</numerusform>
            <numerusform>%n Zeilen früher importierter Dateien sind jetzt Produkten dieses Katalogs zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="540"/>
        <source>%1 of %2 rows are linked to a product in your catalog.</source>
        <translation>%1 von %2 Zeilen sind einem Produkt aus Ihrem Katalog zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="545"/>
        <source>… and %n more, of the same kinds</source>
        <translation>
            <numerusform>… und %n weiteres, von derselben Art</numerusform>
            <numerusform>… und %n weitere, von denselben Arten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="587"/>
        <source>Problems noted in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="595"/>
        <source>The rows these name were left out or read in part; fix them in the file and import it again to use them.</source>
        <translation>Die genannten Zeilen wurden ausgelassen oder nur teilweise gelesen; beheben Sie sie in der Datei und importieren Sie sie erneut, um sie zu nutzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="547"/>
        <source>%n problem(s) noted (first: %1).</source>
        <translation>
            <numerusform>%n Problem festgestellt: %1.</numerusform>
            <numerusform>%n Probleme festgestellt (erstes: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ImportWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="266"/>
        <source>Bring in your shop&apos;s files</source>
        <translation>Die Dateien Ihres Shops importieren</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="267"/>
        <source>At least the product catalog or the reviews. The more kinds of files, the more tasks the model can learn.</source>
        <translation>Mindestens den Produktkatalog oder die Bewertungen. Je mehr Arten von Dateien, desto mehr Aufgaben kann das Modell lernen.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::JobProgress</name>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="19"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Noch %n Sekunde</numerusform>
            <numerusform>Noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="21"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="22"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Stunde</numerusform>
            <numerusform>Noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="30"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="32"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="33"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="51"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="53"/>
        <source>Stop now; nothing half-done is kept</source>
        <translation>Jetzt anhalten; nichts Halbfertiges wird behalten</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="59"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="76"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::LossChart</name>
    <message>
        <location filename="../ui/loss_chart.cpp" line="47"/>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="51"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="56"/>
        <source>Training loss, smoothed</source>
        <translation>Trainingsverlust, geglättet</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="59"/>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="63"/>
        <source>Where training began</source>
        <translation>Wo das Training begann</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="69"/>
        <source>Learning step</source>
        <translation>Lernschritt</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="70"/>
        <source>Loss (lower is better)</source>
        <translation>Verlust (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="130"/>
        <source>Run %1, training (smoothed)</source>
        <translation>Lauf %1, Training (geglättet)</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="134"/>
        <source>Run %1, validation</source>
        <translation>Lauf %1, Validierung</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="187"/>
        <source>Loss measures how far the model&apos;s answers are from your shop&apos;s own: lower is better, 0 would be perfect. It began at %1 and is now about %2.</source>
        <translation>Der Verlust misst, wie weit die Antworten des Modells von den eigenen Antworten Ihres Shops entfernt sind: niedriger ist besser, 0 wäre perfekt. Er begann bei %1 und liegt jetzt bei etwa %2.</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="192"/>
        <source>On the examples kept aside it is %1; if that rises while the training loss falls, the model is memorising rather than learning.</source>
        <translation>Bei den zurückgehaltenen Beispielen liegt er bei %1; steigt dieser Wert, während der Trainingsverlust sinkt, lernt das Modell auswendig statt zu lernen.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>ShopTuner</source>
        <translation>ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Open the &amp;setup wizard</source>
        <translation>&amp;Einrichtungsassistent öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Verdict</source>
        <translation>&amp;Urteil</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>Co&amp;mpare tests</source>
        <translation>Tests &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>How the latest trained model does, task by task, beside a published model</source>
        <translation>Wie das zuletzt trainierte Modell abschneidet, Aufgabe für Aufgabe, neben einem veröffentlichten Modell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Several tests side by side: runs, base models, other models</source>
        <translation>Mehrere Tests nebeneinander: Läufe, Basismodelle, andere Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Training examples</source>
        <translation>Trainingsbeispiele</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Browse examples</source>
        <translation>Beispiele ansehen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Training plan</source>
        <translation>Trainingsplan</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Put it to work</source>
        <translation>Einsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;New Shop Project…</source>
        <translation>&amp;Neues Shop-Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Try the &amp;Demo Shop</source>
        <translation>&amp;Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>ShopTuner &amp;help</source>
        <translation>ShopTuner-&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>What the &amp;numbers mean</source>
        <translation>Was die &amp;Zahlen bedeuten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>Report a &amp;problem…</source>
        <translation>Ein &amp;Problem melden …</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;About ShopTuner</source>
        <translation>&amp;Über ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>Open a project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>ShopTuner projects (*.shoptuner)</source>
        <translation>ShopTuner-Projekte (*.shoptuner)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>%1 — ShopTuner</source>
        <translation>%1 — ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>&lt;h2&gt;ShopTuner&lt;/h2&gt;&lt;p&gt;Teach a small language model your shop: your products, reviews and questions, trained on this computer. Your data never leaves it.&lt;/p&gt;&lt;p&gt;Start with the setup wizard: create a project from your shop&apos;s files, or try the demo shop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ShopTuner&lt;/h2&gt;&lt;p&gt;Bringen Sie einem kleinen Sprachmodell Ihren Shop bei: Ihre Produkte, Bewertungen und Fragen, trainiert auf diesem Computer. Ihre Daten verlassen ihn nie.&lt;/p&gt;&lt;p&gt;Beginnen Sie mit dem Einrichtungsassistenten: Erstellen Sie ein Projekt aus den Dateien Ihres Shops, oder probieren Sie den Demo-Shop aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&lt;p&gt;&lt;b&gt;Your shop&apos;s data:&lt;/b&gt; %1 products, %2 reviews, %3 questions, %4 search results, %5 order lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Daten Ihres Shops:&lt;/b&gt; %1 Produkte, %2 Bewertungen, %3 Fragen, %4 Suchergebnisse, %5 Bestellpositionen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="265"/>
        <source>&lt;p&gt;&lt;b&gt;Training examples:&lt;/b&gt; %1 for %2 tasks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trainingsbeispiele:&lt;/b&gt; %1 für %2 Aufgaben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Training examples:&lt;/b&gt; none yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trainingsbeispiele:&lt;/b&gt; noch keine.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>&lt;p&gt;&lt;b&gt;Latest training:&lt;/b&gt; run %1, %2, %3 of %4 steps%5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letztes Training:&lt;/b&gt; Trainingslauf %1, %2, %3 von %4 Schritten%5.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>, best validation loss %1</source>
        <translation>, bester Validierungsverlust %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>&lt;p&gt;&lt;b&gt;Latest test:&lt;/b&gt; %1, %2 task results (see Results).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letzter Test:&lt;/b&gt; %1, %2 Aufgabenergebnisse (siehe Ergebnisse).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="294"/>
        <source>Pause the training?</source>
        <translation>Training pausieren?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>Training is running. ShopTuner pauses it at a checkpoint; next time you can resume where it stopped.</source>
        <translation>Das Training läuft. ShopTuner pausiert es an einem Sicherungspunkt; beim nächsten Mal können Sie dort fortsetzen, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>Pause and quit</source>
        <translation>Pausieren und beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>Stop the running work?</source>
        <translation>Laufende Arbeit abbrechen?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>ShopTuner is still importing or building. If you quit now, that step is undone and can be started again later.</source>
        <translation>ShopTuner importiert noch Daten oder erstellt Beispiele. Wenn Sie jetzt beenden, wird dieser Schritt rückgängig gemacht und kann später erneut gestartet werden.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>Stop and quit</source>
        <translation>Abbrechen und beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="324"/>
        <source>About ShopTuner</source>
        <translation>Über ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Fine-tune a small language model on your own shop&apos;s data, on your own computer.</source>
        <translation>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Trainieren Sie ein kleines Sprachmodell mit den Daten Ihres eigenen Shops, auf Ihrem eigenen Computer.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::MappingEditor</name>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="99"/>
        <source>Keep these columns as product attributes (colour, size, material, …):</source>
        <translation>Diese Spalten als Produkteigenschaften übernehmen (Farbe, Größe, Material, …):</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="115"/>
        <source>Attribute columns</source>
        <translation>Eigenschaftsspalten</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="155"/>
        <source>— choose a column —</source>
        <translation>— Spalte auswählen —</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="155"/>
        <source>— not in this file —</source>
        <translation>— nicht in dieser Datei —</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="164"/>
        <source>Suggested because %1.</source>
        <translation>Vorgeschlagen, weil: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="167"/>
        <source>Rows where it names no product in your catalog are linked by &quot;%1&quot;.</source>
        <translation>Zeilen, in denen sie kein Produkt Ihres Katalogs nennt, werden über „%1“ zugeordnet.</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="184"/>
        <source>Recognised as a %1: its columns are read the way that platform writes them.</source>
        <translation>Erkannt als %1: Die Spalten werden so gelesen, wie diese Plattform sie schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="225"/>
        <source>%1 names the attribute, %2 holds its value</source>
        <translation>%1 nennt das Merkmal, %2 enthält seinen Wert</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelDownloads</name>
    <message>
        <location filename="../ui/model_downloads.cpp" line="62"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="63"/>
        <source>&amp;Resume download</source>
        <translation>Herunterladen &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="64"/>
        <source>Dis&amp;card</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="84"/>
        <source>Models to download</source>
        <translation>Modelle zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>To download</source>
        <translation>Download-Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Memory to train</source>
        <translation>Speicher fürs Training</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="93"/>
        <source>or any model on Hugging Face, e.g. HuggingFaceTB/SmolLM2-360M-Instruct</source>
        <translation>oder ein beliebiges Modell auf Hugging Face, z. B. HuggingFaceTB/SmolLM2-360M-Instruct</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="94"/>
        <source>Hugging Face model name</source>
        <translation>Name des Modells auf Hugging Face</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="96"/>
        <source>Download the chosen model (or the one named) and check it before it is offered</source>
        <translation>Das gewählte (oder genannte) Modell herunterladen und prüfen, bevor es angeboten wird</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="98"/>
        <source>Continue where the download stopped</source>
        <translation>Dort weitermachen, wo das Herunterladen stehen blieb</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="100"/>
        <source>Delete what arrived of the unfinished download</source>
        <translation>Löschen, was vom unfertigen Download schon da ist</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="104"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="105"/>
        <source>Stop now; what arrived is kept, and Resume continues from there, even after closing ShopTuner</source>
        <translation>Jetzt anhalten; was schon da ist, bleibt erhalten, und „Fortsetzen“ macht dort weiter, auch nach dem Schließen von ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="58"/>
        <source>&lt;b&gt;Download a model&lt;/b&gt; (from Hugging Face, checked before use)</source>
        <translation>&lt;b&gt;Ein Modell herunterladen&lt;/b&gt; (von Hugging Face, vor der Verwendung geprüft)</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="188"/>
        <source>%1 (recommended here)</source>
        <translation>%1 (hier empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="195"/>
        <source>for scoring only</source>
        <translation>nur zum Bewerten</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="197"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="198"/>
        <source>%1; account needed</source>
        <translation>%1; Konto nötig</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="214"/>
        <source>Recommended for this computer: %1, %2 to download. %3</source>
        <translation>Für diesen Computer empfohlen: %1, %2 herunterzuladen. %3</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="215"/>
        <source>%1, %2 to download. %3</source>
        <translation>%1, %2 herunterzuladen. %3</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="220"/>
        <source>It needs a free Hugging Face account with Meta&apos;s licence accepted on the model&apos;s page, and your access token.</source>
        <translation>Es braucht ein kostenloses Hugging-Face-Konto, in dem Metas Lizenz auf der Seite des Modells angenommen wurde, und Ihr Zugriffstoken.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="231"/>
        <source>Not a model name</source>
        <translation>Kein Modellname</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="232"/>
        <source>“%1” is not a Hugging Face model name. It looks like Organisation/Model, e.g. HuggingFaceTB/SmolLM2-360M-Instruct.</source>
        <translation>„%1“ ist kein Modellname auf Hugging Face. Er hat die Form Organisation/Modell, z. B. HuggingFaceTB/SmolLM2-360M-Instruct.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="262"/>
        <source>✓ %1 is ready (%2). Checked: %3.</source>
        <translation>✓ %1 ist bereit (%2). Geprüft: %3.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="276"/>
        <source>The download did not finish</source>
        <translation>Das Herunterladen wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="291"/>
        <source>The download of %1 stopped before anything arrived.</source>
        <translation>Das Herunterladen von %1 endete, bevor etwas ankam.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="293"/>
        <source>The download of %1 is paused; %2 arrived and is kept. Resume continues from there.</source>
        <translation>Das Herunterladen von %1 ist pausiert; %2 sind angekommen und bleiben erhalten. „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="306"/>
        <source>The unfinished download of %1 was deleted.</source>
        <translation>Der unfertige Download von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="318"/>
        <source>This model needs a Hugging Face account</source>
        <translation>Dieses Modell braucht ein Hugging-Face-Konto</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="320"/>
        <source>%1.&lt;br&gt;&lt;br&gt;1. Open &lt;a href=&quot;%2&quot;&gt;the model&apos;s page&lt;/a&gt;, sign in (a free account) and accept the licence.&lt;br&gt;2. Create an access token (Settings → Access Tokens, “Read” is enough) and paste it here.</source>
        <translation>%1.&lt;br&gt;&lt;br&gt;1. Öffnen Sie &lt;a href=&quot;%2&quot;&gt;die Seite des Modells&lt;/a&gt;, melden Sie sich an (ein kostenloses Konto) und nehmen Sie die Lizenz an.&lt;br&gt;2. Erstellen Sie ein Zugriffstoken (Settings → Access Tokens, „Read“ genügt) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="332"/>
        <source>Save the token and download</source>
        <translation>Token speichern und herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="334"/>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="346"/>
        <source>The token could not be saved</source>
        <translation>Das Token konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="30"/>
        <source>%1 billion</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="31"/>
        <source>%1 million</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="48"/>
        <source>Make a &amp;demo model</source>
        <translation>&amp;Demo-Modell erstellen</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="53"/>
        <source>Choose the language model to teach. Small models (135 million to 1.7 billion parameters) learn shop tasks well and train on an ordinary computer.</source>
        <translation>Wählen Sie das Sprachmodell, das lernen soll. Kleine Modelle (135 Millionen bis 1,7 Milliarden Parameter) lernen Shop-Aufgaben gut und lassen sich auf einem gewöhnlichen Computer trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="60"/>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Memory to train</source>
        <translation>Speicher fürs Training</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="68"/>
        <source>Choose a model &amp;folder…</source>
        <translation>Modell&amp;ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="70"/>
        <source>A Hugging Face model folder with config.json, model.safetensors and the tokenizer files</source>
        <translation>Ein Hugging-Face-Modellordner mit config.json, model.safetensors und den Tokenizer-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="72"/>
        <source>A tiny model with a vocabulary learned from your shop&apos;s texts. It knows nothing yet, so its answers mean little; it lets you try every step in a few minutes.</source>
        <translation>Ein winziges Modell mit einem Wortschatz, der aus den Texten Ihres Shops gelernt wurde. Es weiß noch nichts, daher sagen seine Antworten wenig aus; aber Sie können damit jeden Schritt in wenigen Minuten ausprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="89"/>
        <source>Choose a model folder</source>
        <translation>Modellordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="132"/>
        <source>This model cannot be used</source>
        <translation>Dieses Modell kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="132"/>
        <source>%1 cannot be trained here: %2</source>
        <translation>%1 kann hier nicht trainiert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="144"/>
        <source>Cannot save the choice</source>
        <translation>Die Auswahl kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="160"/>
        <source>This computer: %1.</source>
        <translation>Dieser Computer: %1.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="178"/>
        <source>Demo model (untrained, for trying the steps)</source>
        <translation>Demo-Modell (untrainiert, zum Ausprobieren der Schritte)</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="182"/>
        <source>cannot be used</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="191"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="206"/>
        <source>No model chosen yet.</source>
        <translation>Noch kein Modell ausgewählt.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="212"/>
        <source>%1 fits comfortably: training needs about %2.</source>
        <translation>%1 passt bequem: Das Training braucht etwa %2.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="214"/>
        <source>%1 fits, but only just: training needs about %2 of the %3 free.</source>
        <translation>%1 passt, aber nur knapp: Das Training braucht etwa %2 der freien %3.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="215"/>
        <source>%1 does not fit: training needs about %2, but only %3 are free.</source>
        <translation>%1 passt nicht: Das Training braucht etwa %2, aber nur %3 sind frei.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="219"/>
        <source>Below, %1 is recommended for this computer: download it with one click.</source>
        <translation>Unten wird %1 für diesen Computer empfohlen: mit einem Klick herunterladen.</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="237"/>
        <source>The demo model could not be made</source>
        <translation>Das Demo-Modell konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="316"/>
        <source>Choose the model to teach</source>
        <translation>Das Modell auswählen, das lernen soll</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="317"/>
        <source>ShopTuner trains it on this computer. Smaller models train faster; larger ones answer better.</source>
        <translation>ShopTuner trainiert es auf diesem Computer. Kleinere Modelle lernen schneller; größere antworten besser.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.cpp" line="26"/>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="50"/>
        <source>&amp;Quick</source>
        <translation>&amp;Schnell</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="50"/>
        <source>A first look: a few hundred steps with small adapters.</source>
        <translation>Ein erster Eindruck: einige hundert Schritte mit kleinen Adaptern.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="51"/>
        <source>&amp;Balanced</source>
        <translation>&amp;Ausgewogen</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="51"/>
        <source>One pass over all examples. A good default.</source>
        <translation>Ein Durchgang über alle Beispiele. Eine gute Standardwahl.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="52"/>
        <source>&amp;Thorough</source>
        <translation>&amp;Gründlich</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="53"/>
        <source>Three passes with larger adapters; stops early when the test questions stop improving.</source>
        <translation>Drei Durchgänge mit größeren Adaptern; endet vorzeitig, wenn die Ergebnisse bei den Testfragen nicht mehr besser werden.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="71"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="92"/>
        <source>Adapter size (rank):</source>
        <translation>Adaptergröße (rank):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="93"/>
        <source>How much the model can change. Larger learns more but needs more memory and examples. 8-32 is usual.</source>
        <translation>Wie stark sich das Modell verändern kann. Größer lernt mehr, braucht aber mehr Speicher und Beispiele. Üblich sind 8-32.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="95"/>
        <source>Adapter strength (alpha):</source>
        <translation>Adapterstärke (alpha):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="96"/>
        <source>How strongly the learned change is applied; usually equal to or twice the rank.</source>
        <translation>Wie stark die gelernte Änderung angewendet wird; meist gleich dem rank oder doppelt so groß.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="100"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="101"/>
        <source>How big each learning step is. Too high and training becomes unstable; too low and it learns slowly.</source>
        <translation>Wie groß jeder Lernschritt ist. Zu hoch, und das Training wird instabil; zu niedrig, und es lernt langsam.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="103"/>
        <source>Passes over the examples (epochs):</source>
        <translation>Durchgänge über die Beispiele (Epochen):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="104"/>
        <source>How many times the model sees every example.</source>
        <translation>Wie oft das Modell jedes Beispiel sieht.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="106"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="107"/>
        <source>Stop after steps:</source>
        <translation>Anhalten nach Schritten:</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="108"/>
        <source>Stop after this many learning steps even before the passes are done (0: no limit).</source>
        <translation>Nach so vielen Lernschritten anhalten, auch wenn die Durchgänge noch nicht fertig sind (0: keine Grenze).</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="111"/>
        <source>Longest example (tokens):</source>
        <translation>Längstes Beispiel (Tokens):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="112"/>
        <source>Longer examples are cut to this many tokens. Longer needs more memory.</source>
        <translation>Längere Beispiele werden auf so viele Tokens gekürzt. Länger braucht mehr Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="114"/>
        <source>Examples per step (batch):</source>
        <translation>Beispiele pro Schritt (Batch):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="115"/>
        <source>How many examples are learned from at once. More is steadier but needs more memory.</source>
        <translation>Aus wie vielen Beispielen gleichzeitig gelernt wird. Mehr ist stabiler, braucht aber mehr Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="117"/>
        <source>Check progress every (steps):</source>
        <translation>Fortschritt prüfen alle (Schritte):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="118"/>
        <source>How often the model is tested on the held-back validation examples.</source>
        <translation>Wie oft das Modell an den zurückgehaltenen Validierungsbeispielen geprüft wird.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="120"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="121"/>
        <source>Stop early after checks without improvement:</source>
        <translation>Vorzeitig beenden nach Prüfungen ohne Verbesserung:</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="122"/>
        <source>Stop when the validation loss has not improved this many checks in a row (0: never stop early).</source>
        <translation>Anhalten, wenn sich der Validierungsverlust so viele Prüfungen in Folge nicht verbessert hat (0: nie vorzeitig beenden).</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="253"/>
        <source>Choose a model first to see how long training takes.</source>
        <translation>Wählen Sie zuerst ein Modell, um zu sehen, wie lange das Training dauert.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="258"/>
        <source>The chosen model cannot be used: %1</source>
        <translation>Das ausgewählte Modell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="261"/>
        <source>Estimating on this computer…</source>
        <translation>Wird für diesen Computer geschätzt…</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="274"/>
        <source>%1 learning steps over %2 training examples (about %3 tokens each). Training on %4 takes %5 and needs about %6 of memory.</source>
        <translation>%1 Lernschritte über %2 Trainingsbeispiele (je etwa %3 Tokens). Das Training auf %4 dauert %5 und braucht etwa %6 Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="283"/>
        <source>The time is what this computer measured for this model before.</source>
        <translation>Die Zeit hat dieser Computer für dieses Modell schon gemessen.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="287"/>
        <source>The time is estimated from another model trained on this computer; the first run of this one will tell.</source>
        <translation>Die Zeit ist aus einem anderen auf diesem Computer trainierten Modell geschätzt; der erste Lauf dieses Modells zeigt es genau.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="292"/>
        <source>The time is a first guess, as nothing has been trained on this computer yet; while training, the Training page shows the time left from the steps so far.</source>
        <translation>Die Zeit ist eine erste Schätzung, da auf diesem Computer noch nichts trainiert wurde; während des Trainings zeigt die Seite „Training“ die verbleibende Zeit aus den bisherigen Schritten.</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="298"/>
        <source>That is more than this computer has free: choose a smaller model, shorter examples or fewer examples per step.</source>
        <translation>Das ist mehr, als dieser Computer frei hat: Wählen Sie ein kleineres Modell, kürzere Beispiele oder weniger Beispiele pro Schritt.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::PlanWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="333"/>
        <source>How thoroughly to train</source>
        <translation>Wie gründlich trainiert werden soll</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="334"/>
        <source>Pick a plan; the estimate is for this computer. You can stop and continue training at any time.</source>
        <translation>Wählen Sie einen Plan; die Schätzung gilt für diesen Computer. Sie können das Training jederzeit anhalten und fortsetzen.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ProjectContext</name>
    <message>
        <location filename="../ui/project_context.cpp" line="39"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/project_context.cpp" line="39"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in dem Sie Schreibrechte haben.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::RecordsBrowser</name>
    <message>
        <location filename="../ui/records_browser.cpp" line="71"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="73"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="74"/>
        <source>All uses</source>
        <translation>Alle Verwendungen</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="78"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Questions from</source>
        <translation>Fragen aus</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="80"/>
        <source>Search the examples…</source>
        <translation>Beispiele durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="82"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="93"/>
        <source>The selected example</source>
        <translation>Das ausgewählte Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="143"/>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="145"/>
        <source>All kinds of questions</source>
        <translation>Alle Arten von Fragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records_browser.cpp" line="203"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Expected answer</source>
        <translation>Erwartete Antwort</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/settings_panel.cpp" line="85"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="89"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="94"/>
        <source>Automatic (the GPU when there is one)</source>
        <translation>Automatisch (die Grafikkarte, wenn vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="95"/>
        <source>Processor (CPU) only</source>
        <translation>Nur der Prozessor (CPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="96"/>
        <source>Graphics card (CUDA)</source>
        <translation>Grafikkarte (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="97"/>
        <source>Where training, testing and chat compute</source>
        <translation>Worauf Training, Test und Chat rechnen</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="100"/>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="101"/>
        <source>Processor cores used for computing. Automatic uses every core other programs leave free; the window still answers at once, because computing gives way to it.</source>
        <translation>Prozessorkerne, mit denen gerechnet wird. Automatisch nutzt jeden Kern, den andere Programme frei lassen; das Fenster antwortet trotzdem sofort, weil das Rechnen ihm den Vortritt lässt.</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="104"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="110"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="112"/>
        <source>Close ShopTuner and open it again with the same project, in the new language</source>
        <translation>ShopTuner schließen und mit demselben Projekt in der neuen Sprache wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="118"/>
        <source>&amp;Compute on:</source>
        <translation>&amp;Rechnen auf:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="119"/>
        <source>Processor co&amp;res:</source>
        <translation>Prozessor&amp;kerne:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="120"/>
        <source>Projects &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="139"/>
        <source>Folder for new projects</source>
        <translation>Ordner für neue Projekte</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="150"/>
        <source>No font on this computer can show %1, so ShopTuner stays in English. Install one first (on Debian or Ubuntu: sudo apt install fonts-noto-core), then start ShopTuner again.</source>
        <translation>Keine Schrift auf diesem Computer kann %1 darstellen, daher bleibt ShopTuner auf Englisch. Installieren Sie zuerst eine (unter Debian oder Ubuntu: sudo apt install fonts-noto-core) und starten Sie ShopTuner dann neu.</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="157"/>
        <source>The new language is used from the next start of ShopTuner.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von ShopTuner.</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="169"/>
        <source>huggingface.co (or a mirror&apos;s address, e.g. https://hf-mirror.example)</source>
        <translation>huggingface.co (oder die Adresse eines Spiegels, z. B. https://hf-mirror.example)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="170"/>
        <source>Where models are downloaded from, for networks where huggingface.co is blocked; the HF_ENDPOINT environment variable, when set, wins</source>
        <translation>Woher Modelle heruntergeladen werden, für Netze, in denen huggingface.co gesperrt ist; die Umgebungsvariable HF_ENDPOINT hat Vorrang, wenn sie gesetzt ist</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="172"/>
        <source>&amp;Download models from:</source>
        <translation>Modelle &amp;laden von:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="175"/>
        <source>Set &amp;token…</source>
        <translation>&amp;Token festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="177"/>
        <source>A Hugging Face access token, for models that need an account (Llama 3.2)</source>
        <translation>Ein Hugging-Face-Zugriffstoken, für Modelle, die ein Konto brauchen (Llama 3.2)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="183"/>
        <source>Hugging Face token:</source>
        <translation>Hugging-Face-Token:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="186"/>
        <source>Hugging Face access token</source>
        <translation>Hugging-Face-Zugriffstoken</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="187"/>
        <source>Paste an access token (huggingface.co → Settings → Access Tokens; “Read” is enough):</source>
        <translation>Fügen Sie ein Zugriffstoken ein (huggingface.co → Settings → Access Tokens; „Read“ genügt):</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="194"/>
        <source>The token could not be saved</source>
        <translation>Das Token konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="208"/>
        <source>“%1” is not a web address; a mirror&apos;s address starts with https://</source>
        <translation>„%1“ ist keine Webadresse; die Adresse eines Spiegels beginnt mit https://</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="219"/>
        <source>none kept</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="219"/>
        <source>kept in %1 (readable by you only)</source>
        <translation>gespeichert in %1 (nur für Sie lesbar)</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="58"/>
        <source>Set up your shop</source>
        <translation>Ihren Shop einrichten</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="68"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="71"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="73"/>
        <source>Close the wizard: everything is kept, training goes on, and the wizard opens here again</source>
        <translation>Den Assistenten schließen: Alles bleibt erhalten, das Training läuft weiter, und der Assistent öffnet sich wieder an dieser Stelle</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SuggestionModel</name>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="18"/>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="20"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="22"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="24"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="26"/>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="120"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="120"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="161"/>
        <source>Do the reviews answer it?</source>
        <translation>Beantworten die Bewertungen sie?</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="163"/>
        <source>The same product?</source>
        <translation>Dasselbe Produkt?</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="165"/>
        <source>Can it stand in?</source>
        <translation>Kann es ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="167"/>
        <source>Draft answer</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="175"/>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="178"/>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="179"/>
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="180"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>Shown now</source>
        <translation>Jetzt gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>The model&apos;s order</source>
        <translation>Die Reihenfolge des Modells</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Listings</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>What is suggested</source>
        <translation>Was vorgeschlagen wird</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="225"/>
        <source>How it reads</source>
        <translation>Wie sie klingt</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="225"/>
        <source>Suggested value</source>
        <translation>Vorgeschlagener Wert</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <location filename="../ui/suggestion_model.cpp" line="227"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <location filename="../ui/suggestion_model.cpp" line="229"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TasksPanel</name>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="68"/>
        <source>Instruction:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="69"/>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="71"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="72"/>
        <source>Expected answer:</source>
        <translation>Erwartete Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="79"/>
        <source>&amp;Build training examples</source>
        <translation>Trainingsbeispiele &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="98"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="87"/>
        <source>ShopTuner turns your data into practice examples for ten shop tasks, and keeps some examples aside to test the model later. Products never appear in both.</source>
        <translation>ShopTuner macht aus Ihren Daten Übungsbeispiele für zehn Shop-Aufgaben und legt einige Beispiele beiseite, um das Modell später zu testen. Ein Produkt kommt nie in beiden vor.</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="81"/>
        <source>How examples are made</source>
        <translation>Wie Beispiele erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="92"/>
        <source>Make the examples again from the data imported so far</source>
        <translation>Beispiele aus den bisher importierten Daten neu erstellen</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="110"/>
        <source>Products of these categories are kept out of training and only used to test how well the model handles products it has never seen (&quot;out of domain&quot;).</source>
        <translation>Produkte dieser Kategorien werden nicht zum Training verwendet, sondern nur, um zu testen, wie gut das Modell mit Produkten zurechtkommt, die es nie gesehen hat („out of domain“).</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="112"/>
        <source>Test-only categories:</source>
        <translation>Kategorien nur zum Testen:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="113"/>
        <source>A search led to a purchase:</source>
        <translation>Suche führte zum Kauf:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Added to the cart:</source>
        <translation>In den Warenkorb gelegt:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Clicked:</source>
        <translation>Angeklickt:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Shown, not clicked:</source>
        <translation>Angezeigt, nicht angeklickt:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="119"/>
        <source>exactly what was searched</source>
        <translation>genau das Gesuchte</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="120"/>
        <source>a substitute</source>
        <translation>ein Ersatz</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="121"/>
        <source>a complement</source>
        <translation>eine Ergänzung</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="122"/>
        <source>irrelevant</source>
        <translation>nicht relevant</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="125"/>
        <source>How relevant a product counts for a search when this happened (used by the search tasks)</source>
        <translation>Wie relevant ein Produkt für eine Suche gilt, wenn dies passiert ist (wird von den Suchaufgaben verwendet)</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="133"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="141"/>
        <source>Example records</source>
        <translation>Beispieldatensätze</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="209"/>
        <source>No training examples yet. Import your files, then build them here.</source>
        <translation>Noch keine Trainingsbeispiele. Importieren Sie Ihre Dateien und erstellen Sie die Beispiele dann hier.</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="231"/>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="234"/>
        <source>No examples</source>
        <translation>Keine Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="236"/>
        <source>Your data gave no examples for this task</source>
        <translation>Ihre Daten ergaben keine Beispiele für diese Aufgabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks_panel.cpp" line="238"/>
        <source>Ready, %n warning(s)</source>
        <translation>
            <numerusform>Bereit, %n Warnung</numerusform>
            <numerusform>Bereit, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="241"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks_panel.cpp" line="250"/>
        <source>%1 of 10 tasks can be learned from your data (%n example(s) in all).</source>
        <translation>
            <numerusform>%1 von 10 Aufgaben können aus Ihren Daten gelernt werden (insgesamt %n Beispiel).</numerusform>
            <numerusform>%1 von 10 Aufgaben können aus Ihren Daten gelernt werden (insgesamt %n Beispiele).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="254"/>
        <source>To protect your customers, ShopTuner removed %1 e-mail addresses, %2 phone numbers, %3 order numbers and %4 reviewers&apos; names from their texts, and left out %5 duplicate reviews.</source>
        <translation>Zum Schutz Ihrer Kundschaft hat ShopTuner %1 E-Mail-Adressen, %2 Telefonnummern, %3 Bestellnummern und %4 Namen von Rezensenten aus den Texten entfernt und %5 doppelte Bewertungen weggelassen.</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="283"/>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="325"/>
        <source>Could not build the examples</source>
        <translation>Die Beispiele konnten nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TasksWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="291"/>
        <source>What your model will learn</source>
        <translation>Was Ihr Modell lernen wird</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="292"/>
        <source>Ten shop tasks, made from your data. Look at the examples: they are what the model practises on.</source>
        <translation>Zehn Shop-Aufgaben, erstellt aus Ihren Daten. Sehen Sie sich die Beispiele an: Mit ihnen übt das Modell.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TrainPanel</name>
    <message>
        <location filename="../ui/train_panel.cpp" line="82"/>
        <location filename="../ui/train_panel.cpp" line="409"/>
        <source>&amp;Start training</source>
        <translation>Training &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="83"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="84"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="85"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="86"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="88"/>
        <source>S&amp;mooth the curve</source>
        <translation>Kurve &amp;glätten</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="110"/>
        <source>Stop at a checkpoint; Resume continues from there, even after closing ShopTuner</source>
        <translation>An einem Sicherungspunkt anhalten; „Fortsetzen“ macht dort weiter, auch nachdem ShopTuner geschlossen wurde</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="113"/>
        <source>Stop and give up this run</source>
        <translation>Anhalten und diesen Trainingslauf aufgeben</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="146"/>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="147"/>
        <source>Every training run of this project; choose one to see its curve</source>
        <translation>Alle Trainingsläufe dieses Projekts; wählen Sie einen, um seine Kurve zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="149"/>
        <source>Run:</source>
        <translation>Trainingslauf:</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="152"/>
        <source>Compare &amp;with runs</source>
        <translation>Mit Läufen &amp;vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="153"/>
        <source>Lay other runs&apos; curves over this one, to see which settings learned best</source>
        <translation>Kurven anderer Läufe über diese legen, um zu sehen, welche Einstellungen am besten gelernt haben</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="124"/>
        <source>Train &amp;elsewhere</source>
        <translation>&amp;Anderswo trainieren</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="40"/>
        <source>%1 of %2 examples were longer than the model reads at once (%3 tokens), so their ends were cut off. Raise “Longest example” on the Training plan page to keep them whole; training then needs more memory.</source>
        <translation>%1 von %2 Beispielen waren länger, als das Modell auf einmal liest (%3 Tokens), daher wurden ihre Enden abgeschnitten. Erhöhen Sie „Längstes Beispiel“ auf der Seite „Trainingsplan“, um sie ganz zu behalten; das Training braucht dann mehr Speicher.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="46"/>
        <source>%1 examples were left out: their question alone is longer than the model reads at once (%2 tokens), so no answer is left to learn from. Raise “Longest example” on the Training plan page to use them.</source>
        <translation>%1 Beispiele wurden weggelassen: Schon ihre Frage ist länger, als das Modell auf einmal liest (%2 Tokens), sodass keine Antwort zum Lernen bleibt. Erhöhen Sie „Längstes Beispiel“ auf der Seite „Trainingsplan“, um sie zu nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="125"/>
        <source>Train on another computer or a cluster, and bring the result back</source>
        <translation>Auf einem anderen Rechner oder einem Cluster trainieren und das Ergebnis zurückholen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="128"/>
        <source>Write a job folder for a cluster…</source>
        <translation>Einen Auftragsordner für einen Cluster schreiben…</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="130"/>
        <source>Where to put the job folder</source>
        <translation>Wohin der Auftragsordner soll</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="134"/>
        <source>Import a trained adapter…</source>
        <translation>Einen trainierten Adapter importieren…</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="136"/>
        <source>The adapter folder (adapter_config.json, adapter_model.safetensors)</source>
        <translation>Der Adapterordner (adapter_config.json, adapter_model.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="164"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="164"/>
        <source>Pass</source>
        <translation>Durchgang</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Tokens per second</source>
        <translation>Tokens pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Elapsed</source>
        <translation>Vergangene Zeit</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Memory used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="115"/>
        <source>Write this run&apos;s model for Ollama, LM Studio, llama.cpp or Hugging Face</source>
        <translation>Das Modell dieses Laufs für Ollama, LM Studio, llama.cpp oder Hugging Face schreiben</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="51"/>
        <source>The computers training together ended with different results; this run&apos;s model is not reliable.</source>
        <translation>Die gemeinsam trainierenden Computer kamen zu unterschiedlichen Ergebnissen; das Modell dieses Laufs ist nicht zuverlässig.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="259"/>
        <source>Run %1, %2: %3</source>
        <translation>Trainingslauf %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="264"/>
        <source>, best validation loss %1</source>
        <translation>, bester Validierungsverlust %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train_panel.cpp" line="268"/>
        <source>rank %1, alpha %2, learning rate %3, %n pass(es), longest example %4 tokens, batch %5 × %6</source>
        <translation>
            <numerusform>Rang %1, Alpha %2, Lernrate %3, %n Durchgang, längstes Beispiel %4 Token, Batch %5 × %6</numerusform>
            <numerusform>Rang %1, Alpha %2, Lernrate %3, %n Durchgänge, längstes Beispiel %4 Token, Batch %5 × %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="278"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="294"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="294"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <location filename="../ui/train_panel.cpp" line="296"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="296"/>
        <source>training now</source>
        <translation>trainiert gerade</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="327"/>
        <source>processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="328"/>
        <source>graphics card (%1)</source>
        <translation>Grafikkarte (%1)</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="335"/>
        <source>Choose a model and a plan first.</source>
        <translation>Wählen Sie zuerst ein Modell und einen Plan.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="337"/>
        <source>Ready to teach %1 your shop&apos;s tasks.</source>
        <translation>Bereit, %1 die Aufgaben Ihres Shops beizubringen.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="339"/>
        <source>Run %1 is training… You can keep using ShopTuner meanwhile.</source>
        <translation>Lauf %1 trainiert… Sie können ShopTuner währenddessen weiter benutzen.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="341"/>
        <source>Run %1: %2.</source>
        <translation>Trainingslauf %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="343"/>
        <source>Resume continues where it stopped.</source>
        <translation>„Fortsetzen“ macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="399"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="409"/>
        <source>&amp;Start a new run</source>
        <translation>Neuen Trainingslauf &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="422"/>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train_panel.cpp" line="427"/>
        <source>Job folder written: %1 (%n training record(s)). Run train.sh there, or submit shoptuner-train.sbatch on a SLURM cluster; then import the adapter it makes.</source>
        <translation>
            <numerusform>Auftragsordner geschrieben: %1 (%n Trainingsdatensatz). Führen Sie dort train.sh aus oder reichen Sie shoptuner-train.sbatch auf einem SLURM-Cluster ein; importieren Sie danach den entstandenen Adapter.</numerusform>
            <numerusform>Auftragsordner geschrieben: %1 (%n Trainingsdatensätze). Führen Sie dort train.sh aus oder reichen Sie shoptuner-train.sbatch auf einem SLURM-Cluster ein; importieren Sie danach den entstandenen Adapter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="433"/>
        <source>Cannot write the job folder</source>
        <translation>Der Auftragsordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="447"/>
        <source>Choose the base model the adapter was trained on first.</source>
        <translation>Wählen Sie zuerst das Basismodell, auf dem der Adapter trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="450"/>
        <source>Imported as run %1: test it on the Results page, chat with it, or export it.</source>
        <translation>Als Lauf %1 importiert: testen Sie ihn auf der Seite „Ergebnisse“, chatten Sie mit ihm oder exportieren Sie ihn.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="454"/>
        <source>Cannot import the adapter</source>
        <translation>Der Adapter kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="474"/>
        <source>Training stopped with an error</source>
        <translation>Das Training wurde mit einem Fehler beendet</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="505"/>
        <source>Training… You can keep using ShopTuner meanwhile.</source>
        <translation>Training läuft… Sie können ShopTuner in der Zwischenzeit weiter verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="529"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="533"/>
        <source>No model chosen</source>
        <translation>Kein Modell ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="533"/>
        <source>Choose the model to teach on the Model page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Modell“ das Modell aus, das lernen soll.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="548"/>
        <source>Pausing after this learning step… Resume continues from there.</source>
        <translation>Pausiert nach diesem Lernschritt… „Fortsetzen“ macht dort weiter.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="566"/>
        <source>Give up this run?</source>
        <translation>Diesen Trainingslauf aufgeben?</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="567"/>
        <source>The run stops and cannot be resumed. What it learned so far is kept only if you pause instead.</source>
        <translation>Der Trainingslauf wird beendet und kann nicht fortgesetzt werden. Was er bisher gelernt hat, bleibt nur erhalten, wenn Sie stattdessen pausieren.</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="568"/>
        <source>Give up the run</source>
        <translation>Trainingslauf aufgeben</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TrainWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="344"/>
        <source>Teach the model your shop</source>
        <translation>Dem Modell Ihren Shop beibringen</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="345"/>
        <source>Watch the loss fall: lower means the model predicts your examples better.</source>
        <translation>Sehen Sie zu, wie der Verlust sinkt: Je niedriger er ist, desto besser sagt das Modell Ihre Beispiele vorher.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="95"/>
        <source>&amp;Test the trained model</source>
        <translation>Trainiertes Modell &amp;testen</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="96"/>
        <source>E&amp;xport the model…</source>
        <translation>Modell e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="103"/>
        <source>Also test the model &amp;before training</source>
        <translation>Auch das Modell &amp;vor dem Training testen</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="106"/>
        <source>Shows what training changed; takes about as long again</source>
        <translation>Zeigt, was das Training verändert hat; dauert noch einmal etwa so lange</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="109"/>
        <source>Scores per task</source>
        <translation>Ergebnisse je Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="121"/>
        <source>Wrong answers</source>
        <translation>Falsche Antworten</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="131"/>
        <source>What do these numbers mean?</source>
        <translation>Was bedeuten diese Zahlen?</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="137"/>
        <source>Ask the trained model every kept-aside test question and score its answers the way the published benchmark does</source>
        <translation>Dem trainierten Modell jede beiseitegelegte Testfrage stellen und seine Antworten so bewerten, wie es der veröffentlichte Benchmark tut</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="142"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="143"/>
        <source>How many test questions per task; more gives a surer verdict but takes longer</source>
        <translation>Wie viele Testfragen pro Aufgabe; mehr ergibt ein sichereres Urteil, dauert aber länger</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="144"/>
        <source>Test questions per task</source>
        <translation>Testfragen pro Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="147"/>
        <source>The published model to measure yours against</source>
        <translation>Das veröffentlichte Modell, mit dem Ihres verglichen wird</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="148"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="189"/>
        <source>Task by task</source>
        <translation>Aufgabe für Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="190"/>
        <source>As a chart</source>
        <translation>Als Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="216"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="216"/>
        <source>What the model was asked to do</source>
        <translation>Was das Modell tun sollte</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="217"/>
        <source>Questions from</source>
        <translation>Fragen aus</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="217"/>
        <source>Your own products, new wording or new kinds of products</source>
        <translation>Ihre eigenen Produkte, neue Formulierungen oder neue Arten von Produkten</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="218"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="218"/>
        <source>How many test questions were asked; more questions give a surer verdict</source>
        <translation>Wie viele Testfragen gestellt wurden; mehr Fragen ergeben ein sichereres Urteil</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="219"/>
        <source>Unusable</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="219"/>
        <source>Answers that matched none of the allowed answers; they count as wrong</source>
        <translation>Antworten, die zu keiner zulässigen Antwort passten; sie zählen als falsch</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="467"/>
        <source>Score (100% is perfect)</source>
        <translation>Wert (100 % ist perfekt)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="482"/>
        <source>&lt;p&gt;Choose a task above to see what its score means and some of the answers the model got wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie oben eine Aufgabe, um zu sehen, was ihr Wert bedeutet, und einige Antworten, die das Modell falsch gab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="498"/>
        <source>&lt;i&gt;(nothing)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(nichts)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="220"/>
        <location filename="../ui/verdict_panel.cpp" line="457"/>
        <source>Your model</source>
        <translation>Ihr Modell</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="220"/>
        <source>The trained model&apos;s score out of 100%; hover over a score for its likely range</source>
        <translation>Der Wert des trainierten Modells von 100 %; zeigen Sie auf einen Wert, um seinen wahrscheinlichen Bereich zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="222"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="221"/>
        <location filename="../ui/verdict_panel.cpp" line="459"/>
        <source>Before training</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="153"/>
        <source>Questions per task:</source>
        <translation>Fragen pro Aufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="62"/>
        <source>&lt;h3&gt;What the Verdict&apos;s numbers mean&lt;/h3&gt;&lt;p&gt;ShopTuner kept some of your examples aside before training. The test asks the trained model those questions, which it has never seen, and scores each answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Questions from&lt;/b&gt;: &lt;i&gt;your products&lt;/i&gt; are questions about your own catalogue; &lt;i&gt;new wording&lt;/i&gt; asks them in a way the model never saw; &lt;i&gt;new categories&lt;/i&gt; are about kinds of products it was not trained on, to see whether what it learned carries over.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unusable answers&lt;/b&gt; matched none of the answers a question allows (not one of the options, not yes or no, no list where a list was asked for). They count as wrong. Many of them mean the model needs more training.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your model&lt;/b&gt; and &lt;b&gt;Before training&lt;/b&gt; are scores out of 100%; hover over one to see the likely range. With few questions that range is wide, so below %1 questions ShopTuner does not say whether a model is better or worse than the published one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Published&lt;/b&gt; is the score a well-known model reached in the eCeLLM study, on ECInstruct&apos;s questions rather than yours: a rough guide, unless you test on the public benchmark.&lt;/p&gt;&lt;h4&gt;The scores&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Was die Zahlen im Urteil bedeuten&lt;/h3&gt;&lt;p&gt;ShopTuner hat vor dem Training einige Ihrer Beispiele zurückgehalten. Der Test stellt dem trainierten Modell diese Fragen, die es nie gesehen hat, und bewertet jede Antwort.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fragen aus&lt;/b&gt;: &lt;i&gt;Ihre Produkte&lt;/i&gt; sind Fragen zu Ihrem eigenen Sortiment; &lt;i&gt;neue Formulierungen&lt;/i&gt; stellen sie so, wie das Modell sie nie gesehen hat; &lt;i&gt;neue Kategorien&lt;/i&gt; betreffen Arten von Produkten, mit denen es nicht trainiert wurde, um zu sehen, ob sich das Gelernte überträgt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unbrauchbare Antworten&lt;/b&gt; passten zu keiner Antwort, die eine Frage zulässt (keine der Optionen, weder ja noch nein, keine Liste, wo eine verlangt war). Sie zählen als falsch. Viele davon bedeuten, dass das Modell mehr Training braucht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ihr Modell&lt;/b&gt; und &lt;b&gt;Vor dem Training&lt;/b&gt; sind Werte von 100 %; zeigen Sie auf einen, um seinen wahrscheinlichen Bereich zu sehen. Bei wenigen Fragen ist dieser Bereich breit, daher sagt ShopTuner unter %1 Fragen nicht, ob ein Modell besser oder schlechter als das veröffentlichte ist.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Veröffentlicht&lt;/b&gt; ist der Wert, den ein bekanntes Modell in der eCeLLM-Studie erreichte, mit den Fragen von ECInstruct statt Ihren: ein grober Anhaltspunkt, außer Sie testen mit dem öffentlichen Benchmark.&lt;/p&gt;&lt;h4&gt;Die Werte&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="159"/>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="166"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="166"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="167"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="167"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="168"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="168"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="250"/>
        <source>&amp;Get the encoder</source>
        <translation>Encoder &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="204"/>
        <source>Write the trained model for Ollama, LM Studio, llama.cpp or Hugging Face</source>
        <translation>Das trainierte Modell für Ollama, LM Studio, llama.cpp oder Hugging Face schreiben</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="221"/>
        <location filename="../ui/verdict_panel.cpp" line="312"/>
        <source>The same model before training, on the same questions</source>
        <translation>Dasselbe Modell vor dem Training, mit denselben Fragen</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="222"/>
        <source>The published model&apos;s score in the eCeLLM study, on ECInstruct&apos;s questions</source>
        <translation>Der Wert des veröffentlichten Modells in der eCeLLM-Studie, mit den Fragen von ECInstruct</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="223"/>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="223"/>
        <source>The score in words, and how it compares with the published model</source>
        <translation>Der Wert in Worten und wie er im Vergleich zum veröffentlichten Modell dasteht</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="244"/>
        <source>Answers to customer questions are scored by their wording here. The published figures score them by meaning, with an encoder (1.3 GB): get it to compare them too.</source>
        <translation>Antworten auf Kundenfragen werden hier nach ihrem Wortlaut bewertet. Die veröffentlichten Werte bewerten sie nach ihrer Bedeutung, mit einem Encoder (1,3 GB): Laden Sie ihn, um auch diese zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="256"/>
        <source>The encoder is ready: answers to customer questions are scored by meaning, as the published figures are, from the next test on.</source>
        <translation>Der Encoder ist bereit: Antworten auf Kundenfragen werden ab dem nächsten Test nach ihrer Bedeutung bewertet, wie bei den veröffentlichten Werten.</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="307"/>
        <source>%1: %2
With %3 questions the true score likely lies between %4 and %5.</source>
        <translation>%1: %2
Bei %3 Fragen liegt der wahre Wert wahrscheinlich zwischen %4 und %5.</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="328"/>
        <source>Train a model first; then test it here on the examples kept aside.</source>
        <translation>Trainieren Sie zuerst ein Modell; testen Sie es dann hier an den beiseitegelegten Beispielen.</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="330"/>
        <source>The model has not been tested yet.</source>
        <translation>Das Modell wurde noch nicht getestet.</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="359"/>
        <source>Cannot start the test</source>
        <translation>Der Test kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="383"/>
        <source>Part 1 of 2, the trained model</source>
        <translation>Teil 1 von 2, das trainierte Modell</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="384"/>
        <source>Part 2 of 2, the model before training</source>
        <translation>Teil 2 von 2, das Modell vor dem Training</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="392"/>
        <source>The test stopped with an error</source>
        <translation>Der Test wurde mit einem Fehler beendet</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="411"/>
        <source>ShopTuner report</source>
        <translation>ShopTuner-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="416"/>
        <source>%1 report</source>
        <translation>%1 Bericht</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="491"/>
        <source>&lt;p&gt;No wrong answers among the questions tested for this task.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei den getesteten Fragen zu dieser Aufgabe gab es keine falschen Antworten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="494"/>
        <source>&lt;p&gt;&lt;b&gt;The worst answers:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die schlechtesten Antworten:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="496"/>
        <source>&lt;p&gt;&lt;b&gt;Question:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Expected:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;The model said:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Frage:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Erwartet:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Das Modell sagte:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::VerdictWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="361"/>
        <source>How well it does your shop&apos;s tasks</source>
        <translation>Wie gut es die Aufgaben Ihres Shops erledigt</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="362"/>
        <source>The model answers the examples kept aside; its scores stand beside published models&apos;. Done takes you to “Put it to work”, where it fills in your catalog and reads your reviews.</source>
        <translation>Das Modell beantwortet die zurückgelegten Beispiele; seine Ergebnisse stehen neben denen veröffentlichter Modelle. „Fertig“ führt Sie zu „Einsetzen“, wo es Ihren Katalog ergänzt und Ihre Bewertungen liest.</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::WelcomePage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="141"/>
        <source>Welcome to ShopTuner</source>
        <translation>Willkommen bei ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="142"/>
        <source>Teach a small language model your shop: your products, reviews and questions. It trains on this computer; your data never leaves it.</source>
        <translation>Bringen Sie einem kleinen Sprachmodell Ihren Shop bei: Ihre Produkte, Bewertungen und Fragen. Es wird auf diesem Computer trainiert; Ihre Daten verlassen ihn nie.</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="145"/>
        <source>Start a &amp;new shop project</source>
        <translation>Ein &amp;neues Shop-Projekt beginnen</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="145"/>
        <source>Import your own catalog, reviews, questions, searches and orders.</source>
        <translation>Importieren Sie Ihren eigenen Katalog, Ihre Bewertungen, Fragen, Suchen und Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="148"/>
        <source>&amp;Open a project file</source>
        <translation>Projektdatei ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="148"/>
        <source>Continue with a project saved earlier.</source>
        <translation>Mit einem früher gespeicherten Projekt weitermachen.</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="150"/>
        <source>Try the &amp;demo shop</source>
        <translation>&amp;Demo-Shop ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="151"/>
        <source>See every step with Kettle &amp;&amp; Loom, an invented homeware shop: 300 products, 1,500 reviews, questions, searches and orders.</source>
        <translation>Lernen Sie jeden Schritt mit Kettle &amp;&amp; Loom kennen, einem erfundenen Shop für Wohnaccessoires: 300 Produkte, 1.500 Bewertungen, Fragen, Suchen und Bestellungen.</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="156"/>
        <location filename="../ui/setup_wizard.cpp" line="157"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="179"/>
        <source>Open a project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="179"/>
        <location filename="../ui/setup_wizard.cpp" line="232"/>
        <source>ShopTuner projects (*.shoptuner)</source>
        <translation>ShopTuner-Projekte (*.shoptuner)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="190"/>
        <source>The demo shop could not be set up</source>
        <translation>Der Demo-Shop konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="212"/>
        <source>Setting up the demo shop: importing its files and building examples…</source>
        <translation>Demo-Shop wird eingerichtet: Dateien werden importiert und Beispiele erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="213"/>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="214"/>
        <source>Choose a project to continue.</source>
        <translation>Wählen Sie ein Projekt, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="230"/>
        <source>Name your shop project</source>
        <translation>Benennen Sie Ihr Shop-Projekt</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="231"/>
        <source>My shop.shoptuner</source>
        <translation>Mein Laden.shoptuner</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="237"/>
        <source>Cannot create the project</source>
        <translation>Das Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="246"/>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::WorkPanel</name>
    <message>
        <location filename="../ui/work_panel.cpp" line="44"/>
        <source>running now</source>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="46"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="48"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="50"/>
        <source>stopped at %1 of %2</source>
        <translation>angehalten bei %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="60"/>
        <source>Only rows no earlier job looked at</source>
        <translation>Nur Zeilen, die noch kein Auftrag angesehen hat</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="61"/>
        <source>Only from</source>
        <translation>Nur ab</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="63"/>
        <source>Only reviews without stars</source>
        <translation>Nur Bewertungen ohne Sterne</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="64"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="68"/>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="72"/>
        <source>&amp;Accept all at or above</source>
        <translation>Alle &amp;übernehmen ab</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="75"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="84"/>
        <source>After importing this week&apos;s reviews or products: ask only about the new ones</source>
        <translation>Nach dem Import der Bewertungen oder Produkte dieser Woche: nur nach den neuen fragen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="86"/>
        <source>Ask only about reviews or questions written on this day or later</source>
        <translation>Nur nach Bewertungen oder Fragen fragen, die an diesem Tag oder später geschrieben wurden</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="91"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="93"/>
        <source>Reviews that came without a star rating, such as comments: the stars of the others already say how they feel</source>
        <translation>Bewertungen, die ohne Sterne kamen, etwa Kommentare: bei den anderen sagen die Sterne schon, wie sie gemeint sind</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="99"/>
        <source>Earlier jobs</source>
        <translation>Frühere Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="101"/>
        <source>Ask about the rows this job has not reached yet</source>
        <translation>Nach den Zeilen fragen, die dieser Auftrag noch nicht erreicht hat</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="103"/>
        <source>Search the suggestions</source>
        <translation>Vorschläge durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="106"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="107"/>
        <source>Show those to review</source>
        <translation>Zu prüfende zeigen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="108"/>
        <source>Show accepted</source>
        <translation>Übernommene zeigen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="109"/>
        <source>Show rejected</source>
        <translation>Verworfene zeigen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="115"/>
        <source>How sure the model must have been of a suggestion for it to be accepted</source>
        <translation>Wie sicher sich das Modell bei einem Vorschlag gewesen sein muss, damit er übernommen wird</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="127"/>
        <source>Enter accepts, Delete rejects, F2 edits the suggested value</source>
        <translation>Eingabetaste übernimmt, Entf verwirft, F2 ändert den vorgeschlagenen Wert</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="132"/>
        <source>Write the accepted suggestions to a file your shop imports</source>
        <translation>Die übernommenen Vorschläge in eine Datei schreiben, die Ihr Shop importiert</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="174"/>
        <source>Let the model you trained do shop work: it suggests, you decide. Nothing is written to your files until you export.</source>
        <translation>Lassen Sie das trainierte Modell Shoparbeit erledigen: Es schlägt vor, Sie entscheiden. In Ihre Dateien wird erst beim Export geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="179"/>
        <source>Job:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="181"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="194"/>
        <source>Suggestions of:</source>
        <translation>Vorschläge von:</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="244"/>
        <source>Trained model, run %1 (%2)</source>
        <translation>Trainiertes Modell, Trainingslauf %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="248"/>
        <source>Base model, untrained (%1)</source>
        <translation>Basismodell, untrainiert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="267"/>
        <source>Job %1, %2: %3</source>
        <translation>Auftrag %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="297"/>
        <source>Choose a model and train it first.</source>
        <translation>Wählen Sie zuerst ein Modell und trainieren Sie es.</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="316"/>
        <source>No suggestions yet: choose a job and run it.</source>
        <translation>Noch keine Vorschläge: Wählen Sie einen Auftrag und führen Sie ihn aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="321"/>
        <source>%n suggestion(s): </source>
        <translation>
            <numerusform>%n Vorschlag: </numerusform>
            <numerusform>%n Vorschläge: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="322"/>
        <source>%1 accepted, %2 rejected, %3 to review.</source>
        <translation>%1 übernommen, %2 verworfen, %3 zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="327"/>
        <source>For %n more the model found nothing to suggest.</source>
        <translation>
            <numerusform>Für %n weiteren fand das Modell nichts vorzuschlagen.</numerusform>
            <numerusform>Für %n weitere fand das Modell nichts vorzuschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="330"/>
        <source>For %n the model&apos;s answer could not be read: it needs more training (the Balanced or Thorough plan) or more examples of this task.</source>
        <translation>
            <numerusform>Bei %n war die Antwort des Modells nicht lesbar: Es braucht mehr Training (den Plan „Ausgewogen“ oder „Gründlich“) oder mehr Beispiele dieser Aufgabe.</numerusform>
            <numerusform>Bei %n war die Antwort des Modells nicht lesbar: Es braucht mehr Training (den Plan „Ausgewogen“ oder „Gründlich“) oder mehr Beispiele dieser Aufgabe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="358"/>
        <source>Run a job the model is weak at?</source>
        <translation>Einen Auftrag ausführen, bei dem das Modell schwach ist?</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="359"/>
        <source>You can still run it and check every suggestion.</source>
        <translation>Sie können ihn trotzdem ausführen und jeden Vorschlag prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="360"/>
        <source>Run anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="398"/>
        <source>The job stopped with an error</source>
        <translation>Der Auftrag wurde mit einem Fehler beendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="420"/>
        <source>%n accepted just now.</source>
        <translation>
            <numerusform>%n soeben übernommen.</numerusform>
            <numerusform>%n soeben übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="458"/>
        <source>catalog with filled attributes</source>
        <translation>Katalog mit ergänzten Merkmalen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="458"/>
        <source>reviews triaged</source>
        <translation>gesichtete Bewertungen</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="463"/>
        <source>-filled</source>
        <translation>-ergaenzt</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="465"/>
        <source>Export the suggestions</source>
        <translation>Vorschläge exportieren</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="466"/>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="481"/>
        <source>Written: %1.</source>
        <translation>Geschrieben: %1.</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="489"/>
        <source>Where is the catalog file you imported (%1)?</source>
        <translation>Wo ist die Katalogdatei, die Sie importiert haben (%1)?</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="490"/>
        <source>Shop files (*.csv *.tsv *.txt)</source>
        <translation>Shop-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="495"/>
        <source>The catalog file changed</source>
        <translation>Die Katalogdatei hat sich geändert</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="496"/>
        <source>%1 changed since you imported it. ShopTuner writes a copy of the file as it is now, with the accepted values filled in; values it no longer finds are listed, not written.</source>
        <translation>%1 hat sich seit dem Import geändert. ShopTuner schreibt eine Kopie der Datei, wie sie jetzt ist, mit den übernommenen Werten; Werte, die es nicht mehr zuordnen kann, werden aufgelistet, nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="499"/>
        <source>Write the copy</source>
        <translation>Kopie schreiben</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="504"/>
        <location filename="../ui/work_panel.cpp" line="507"/>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
</TS>
