<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="16"/>
        <source>The quickest to train and try: good for sentiment and yes/no tasks, weak at writing answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="21"/>
        <source>A good first choice on an ordinary computer: trains in hours on a processor, and learns the shop&apos;s tasks well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="27"/>
        <source>Small and multilingual: a good choice when reviews and questions are not in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="32"/>
        <source>A Llama-shaped model of 1.1 billion parameters; better answers than the small ones, slower to train without a graphics card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="38"/>
        <source>The model of the published results: strong on every task; needs a free Hugging Face account and Meta&apos;s licence accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="45"/>
        <source>Stronger multilingual answers; best trained on a graphics card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="49"/>
        <source>The strongest SmolLM2: the best answers of the open licences here; wants a graphics card to train in reasonable time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="55"/>
        <source>The largest here: the best answers, for a computer with a graphics card of 12 GB or more; needs a Hugging Face account and Meta&apos;s licence accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="61"/>
        <source>Not a chat model: scores written answers with BERTScore, as the published figures are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalJob</name>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="171"/>
        <source>Testing “%1” on %2: %3 of %4 questions asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="244"/>
        <source>Loading the encoder that scores answers by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="252"/>
        <source>Scoring the answers to “%1” by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="288"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="352"/>
        <source>The test is finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="172"/>
        <source>a graphics card (%1) and a processor with %2 cores and %3 of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="177"/>
        <source>a processor with %1 cores and %2 of memory, no graphics card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="185"/>
        <source>the processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="186"/>
        <source>the graphics card (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="88"/>
        <source>Every training example is longer than the settings allow. Raise “Longest example (tokens)” in the training settings and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="92"/>
        <source>This run has no saved point to continue from. Start a new run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="95"/>
        <source>Training became unstable: the loss stopped being a number. Lower the learning rate in the training settings and start again; the last saved point of this run is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="99"/>
        <source>This computer ran out of memory while training. Choose fewer examples per step (batch) or a shorter longest example in the training settings and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="103"/>
        <source>This needs a graphics card (CUDA), and none is in use. Choose “Processor (CPU) only” under Settings → Compute on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="107"/>
        <source>The model&apos;s vocabulary lacks the markers of the conversation format chosen for it. Choose a model with its own chat format, or the plain instruction format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="111"/>
        <source>The model folder has no tokenizer (tokenizer.json or tokenizer.model). Choose a complete model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="115"/>
        <source>The ranking test items lack the relevance label of each product, so they cannot be scored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="17"/>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="18"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="19"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="20"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="21"/>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="22"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="23"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="24"/>
        <source>GTIN / EAN / UPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="25"/>
        <source>Part number (MPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="26"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="27"/>
        <source>Review text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="28"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="29"/>
        <source>Review ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="30"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="31"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="32"/>
        <source>Question ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="33"/>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="34"/>
        <source>Search ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="35"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="36"/>
        <source>Clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="37"/>
        <source>Added to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="38"/>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="39"/>
        <source>Customer or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="40"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="41"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="42"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="43"/>
        <source>Parent product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="44"/>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="53"/>
        <source>Your shop&apos;s own id or SKU for the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="54"/>
        <source>The product name as shown in the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="55"/>
        <source>The long product text (HTML is cleaned up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="56"/>
        <source>Bullet points, separated by | or on separate lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="57"/>
        <source>Brand or manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="58"/>
        <source>Price as a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="59"/>
        <source>Category path such as Home &gt; Kitchen &gt; Mugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="60"/>
        <source>The barcode number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="61"/>
        <source>Manufacturer part number or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="62"/>
        <source>Stars from 1 to 5; none for reviews without stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="63"/>
        <source>What the customer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="64"/>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="65"/>
        <source>What the customer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="66"/>
        <source>The answer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="67"/>
        <source>What the customer typed into the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="68"/>
        <source>Groups the products shown for one search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="69"/>
        <source>Where the product was shown (1 = top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="70"/>
        <source>1 if the customer clicked the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="71"/>
        <source>1 if it went into the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="72"/>
        <source>1 if it was bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="73"/>
        <source>Who ordered: any stable id, no names needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="74"/>
        <source>Groups the lines of one order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="75"/>
        <source>How many were ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="77"/>
        <source>The stock-keeping unit; where products have variants, the variant&apos;s. Other files may name products by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="81"/>
        <source>For variant rows: the product they belong to. Variants are added to that product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="84"/>
        <source>Who wrote the review. Only used to remove their name from the text; never trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="88"/>
        <source>The order the review is about (Etsy&apos;s reviews name no product): the review is linked to that order&apos;s product when the orders file has the order with one product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../ui/problem_report.cpp" line="138"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="139"/>
        <source>This is what happened, with e-mail addresses, phone and order numbers, your name, your home folder and the project&apos;s name taken out. Read it first: nothing is sent. Copy it into an e-mail or save it, for whoever helps you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="150"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="152"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="157"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="159"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/translations.cpp" line="46"/>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="47"/>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/report_export.cpp" line="75"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report_export.cpp" line="82"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/report_export.cpp" line="83"/>
        <source>%1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/translations.cpp" line="38"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="39"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="41"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="42"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="43"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="44"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="45"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../ui/translations.cpp" line="33"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="34"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="35"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="37"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/project/services/report.cpp" line="248"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="250"/>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="252"/>
        <source>stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="254"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="256"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="591"/>
        <source>ShopTuner report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="444"/>
        <source> with adapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="374"/>
        <source>Test the model before training too (the same questions) to see what training changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="378"/>
        <source>On ECInstruct&apos;s public test, the questions of the published table, it is at or above %1 on %2 of %3 tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="381"/>
        <source>As a rough guide only: %1&apos;s published scores come from ECInstruct&apos;s questions, not your shop&apos;s; on %2 of %3 tests yours is at or above them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="450"/>
        <source>How well the model does your shop&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="451"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="452"/>
        <source>Evaluated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="453"/>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="457"/>
        <source>This test is not finished (%1): the figures below cover only the tasks scored so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="470"/>
        <location filename="../core/project/services/comparison.cpp" line="168"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="471"/>
        <location filename="../core/project/services/comparison.cpp" line="168"/>
        <source>Test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="472"/>
        <location filename="../core/project/services/comparison.cpp" line="169"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="473"/>
        <source>This model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="474"/>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="475"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="476"/>
        <source>Before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="477"/>
        <source>In plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="485"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="505"/>
        <source>Published scores, in-domain test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="506"/>
        <source>Published scores, out-of-domain test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="507"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="533"/>
        <source>The worst answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="568"/>
        <source>Answer generation is scored with BERTScore F1 (roberta-large, layer 17), as the published figures are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="572"/>
        <source>Answer generation is scored with BERTScore on another encoder or layer than the published figures (roberta-large, layer 17), so it is not compared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="575"/>
        <source>Answer generation is scored with ROUGE-L because no roberta-large encoder is installed for BERTScore; it is not compared with the published BERTScore figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="582"/>
        <source>Invalid: answers the metric could not read (eCeLLM&apos;s rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="537"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="38"/>
        <source>, the same as before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="39"/>
        <source>, up from %1 before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="40"/>
        <source>, down from %1 before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="48"/>
        <source> (%1 before training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="57"/>
        <source>Its answers are %1 close in meaning to the shop&apos;s own answers%2; unrelated sentences score about 83%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="62"/>
        <source>Its answers share %1 of their wording with the shop&apos;s own answers%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="66"/>
        <source>Ranking quality %1 over %2 searches%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="71"/>
        <source>Right on %1 of %2 questions%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="76"/>
        <source>Scored %1 over %2 questions%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="82"/>
        <source>None of its answers could be used: each matched none of the answers this question allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="86"/>
        <source>%1 of %2 answers could not be used (they matched none of the allowed answers) and count as wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="101"/>
        <source>Not compared: the published figures measure closeness in meaning with BERTScore, which needs the roberta-large encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="104"/>
        <source>Not compared: the published figure is measured as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="107"/>
        <source>%1 published no score for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="109"/>
        <source>Too few questions to tell how it compares with %1 (%2 tested, at least %3 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="118"/>
        <source>Clearly above %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="119"/>
        <source>Clearly below %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="120"/>
        <source>About level with %1 (%2): the difference could be chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="150"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="240"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a number format (F32, BF16), %2 the device: &quot;the processor&quot;, &quot;the graphics card (cuda:0)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="352"/>
        <source>None of the model&apos;s %1 answers could be used: each matched none of the answers its question allows. It needs more training: train for longer or on more examples, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="357"/>
        <source>%1 of the model&apos;s %2 answers could not be used (they matched none of the allowed answers); they count as wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="363"/>
        <source>Training made the model better on %1 of %2 tests, on the same questions (on %3 of them by more than chance explains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="369"/>
        <source>Training made the model better on %1 of %2 tests, on the same questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="386"/>
        <source>Tests with too few questions (under %2) to compare with the published scores: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="392"/>
        <source>On ECInstruct&apos;s public test, the questions of the published table, every test had too few questions (under %2) to compare with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="395"/>
        <source>As a rough guide only: %1&apos;s published scores come from ECInstruct&apos;s questions, not your shop&apos;s; every test had too few questions (under %2) to compare with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="448"/>
        <source>Computed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="538"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="539"/>
        <source>The model said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="554"/>
        <source>Sources of the published scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="41"/>
        <source> + run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="43"/>
        <source> + adapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="44"/>
        <source> (base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="149"/>
        <source>ShopTuner comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="152"/>
        <source>in-domain test sets (the shop&apos;s own products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="154"/>
        <source>out-of-domain test sets (product categories left out of training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="155"/>
        <source>all test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="157"/>
        <source>Models compared task by task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="158"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="192"/>
        <source>In brackets: the 95% interval from resampling the test items. Bold: the best model on that row. Published scores appear only where the metric is the one the tables use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="42"/>
        <source>Find colours, sizes, materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="43"/>
        <source>Tell which products go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="44"/>
        <source>Spot duplicate listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="45"/>
        <source>Read how a review feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="46"/>
        <source>Guess what a customer buys next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="47"/>
        <source>Judge if a product fits a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="48"/>
        <source>Find substitutes for a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="49"/>
        <source>Rank products for a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="50"/>
        <source>Tell if reviews answer a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="51"/>
        <source>Answer customer questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="70"/>
        <source>%1, %2 in ECInstruct and the published tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="77"/>
        <source>new categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="79"/>
        <source>new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="80"/>
        <source>your products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="86"/>
        <source>Questions about product categories the model never saw in training: does it carry over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="89"/>
        <source>Questions about your products, asked in a wording the model never saw in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="91"/>
        <source>Questions about your products, kept aside from training so the model sees them for the first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="98"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="100"/>
        <source>Checking during training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="102"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="109"/>
        <location filename="../core/project/services/task_words.cpp" line="110"/>
        <source>share right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="111"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="112"/>
        <source>F1, balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="113"/>
        <source>ranking (NDCG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="114"/>
        <source>wording (ROUGE-L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="115"/>
        <source>meaning (BERTScore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="124"/>
        <source>The share of questions answered right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="126"/>
        <source>F1 balances two things: how many of the right answers the model gives, and how few wrong ones it adds. 100% means it gives exactly the right answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="130"/>
        <source>F1 for each possible answer (for example positive, neutral, negative), averaged, so a model that always gives the commonest answer scores low. 100% means every answer right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="134"/>
        <source>How close the model&apos;s order of products is to the best order: the best products near the top count most. 100% means the best possible order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="138"/>
        <source>How much of the wording the model&apos;s answer shares with the shop&apos;s own answer. Good answers in other words score low, so treat it as a rough sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="142"/>
        <source>How close the model&apos;s answer is in meaning to the shop&apos;s own answer, as a large language encoder judges it. Unrelated sentences still score about 83%, so differences near the top matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../ui/token_store.cpp" line="74"/>
        <location filename="../ui/token_store.cpp" line="93"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainJob</name>
    <message>
        <location filename="../core/project/jobs/train_job.cpp" line="123"/>
        <source>Loading the model and the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/train_job.cpp" line="144"/>
        <source>Learning step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkExport</name>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="49"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="51"/>
        <source>Choose another folder, one you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="88"/>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="90"/>
        <source>not written: the file has no row for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="92"/>
        <source>not written: the file has no column for this attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="94"/>
        <source>not written: the cell has a value in the file now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="147"/>
        <source>%1 is a JSON file; ShopTuner writes catalogs back as CSV or TSV only, so its changes are in the change list for you to enter in your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="178"/>
        <source>%1 of %2 accepted values could not be written into %3; the change list says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="189"/>
        <source>not written: enter it in your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="194"/>
        <location filename="../core/project/services/work/work_export.cpp" line="230"/>
        <location filename="../core/project/services/work/work_export.cpp" line="276"/>
        <location filename="../core/project/services/work/work_export.cpp" line="327"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="194"/>
        <location filename="../core/project/services/work/work_export.cpp" line="231"/>
        <location filename="../core/project/services/work/work_export.cpp" line="277"/>
        <location filename="../core/project/services/work/work_export.cpp" line="327"/>
        <location filename="../core/project/services/work/work_export.cpp" line="365"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="195"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="195"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="196"/>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="196"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="197"/>
        <location filename="../core/project/services/work/work_export.cpp" line="229"/>
        <location filename="../core/project/services/work/work_export.cpp" line="280"/>
        <location filename="../core/project/services/work/work_export.cpp" line="332"/>
        <location filename="../core/project/services/work/work_export.cpp" line="368"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="198"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="66"/>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="86"/>
        <source>written as “%1”, the entry your shop uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="96"/>
        <source>not written: the file&apos;s encoding has no “%1”; enter it in your shop, or save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="103"/>
        <source>not written: Shopify takes only values set up in your shop for this field, and no product in the file has one yet; set it on the product in Shopify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="106"/>
        <source>not written: Shopify takes only values set up in your shop for this field, and the file uses no “%1”; set it on the product in Shopify, or edit the suggestion to one the file uses: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="228"/>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="229"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="230"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="231"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="232"/>
        <source>Review title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="233"/>
        <location filename="../core/project/services/work/work_export.cpp" line="277"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="234"/>
        <location filename="../core/project/services/work/work_export.cpp" line="281"/>
        <location filename="../core/project/services/work/work_export.cpp" line="333"/>
        <location filename="../core/project/services/work/work_export.cpp" line="369"/>
        <source>Checked by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="276"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="278"/>
        <source>Reviews answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="279"/>
        <source>Draft answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="328"/>
        <source>Other product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="329"/>
        <location filename="../core/project/services/work/work_export.cpp" line="367"/>
        <source>Its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="330"/>
        <source>Same product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="331"/>
        <source>Can stand in for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="363"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="363"/>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="364"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="364"/>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="366"/>
        <source>The model&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="405"/>
        <source>The project has no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkJob</name>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="89"/>
        <source>The project has no job %1 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="103"/>
        <source>There is no job called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="104"/>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="107"/>
        <source>Finding what needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="156"/>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="231"/>
        <source>%1: %2 of %3 asked (%4 per second)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkKind</name>
    <message>
        <location filename="../core/project/services/work/fill_attributes.cpp" line="64"/>
        <source>Fill missing attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/triage_reviews.cpp" line="22"/>
        <source>Triage reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/draft_answers.cpp" line="27"/>
        <source>Draft answers to questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/find_duplicates.cpp" line="75"/>
        <source>Find duplicate and substitute listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/search_ranking.cpp" line="35"/>
        <source>Rank search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkTrust</name>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="37"/>
        <source>When tested on your kept-aside examples, this model got %1 of %2 questions of “%3” right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="44"/>
        <source>When tested on your kept-aside examples, this model scored %1 at “%2” (%3 questions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="51"/>
        <source>That is too few questions to tell how far to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="54"/>
        <source>It is weak at this task: check every suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="57"/>
        <source>This model has not been tested on “%1” yet: test it on the Results page to know how far to trust its suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Fine-tune a small language model on your own shop&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Open the bundled demo shop (made on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>A .shoptuner project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>ShopTuner is shown in English: no font on this computer can show %1. Install one (on Debian or Ubuntu: sudo apt install fonts-noto-core) and start ShopTuner again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::BenchmarkRunner</name>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="33"/>
        <source>Test on the public &amp;benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="34"/>
        <source>Show the benchmark report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="40"/>
        <source>ECInstruct&apos;s own test questions, the ones the published figures were measured on: a like-for-like comparison (about 530 MB downloaded once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="83"/>
        <source>Train a model first; then test it here on the public benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="124"/>
        <source>Stopped; what was downloaded is kept for the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="138"/>
        <source>Fetching ECInstruct&apos;s test questions from Hugging Face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="145"/>
        <source>The benchmark could not be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="153"/>
        <source>Reading the test questions into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="159"/>
        <source>The benchmark could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="165"/>
        <source>Testing the model on the public benchmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="167"/>
        <source>The benchmark test stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="190"/>
        <source>The public benchmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ChatPanel</name>
    <message>
        <location filename="../ui/chat_panel.cpp" line="41"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="42"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="166"/>
        <source>&amp;Copy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="43"/>
        <source>New c&amp;onversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="164"/>
        <source>Answer with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="74"/>
        <source>Example questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="171"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="76"/>
        <source>Ask something, e.g. about a product or a review… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="44"/>
        <source>Side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="77"/>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="83"/>
        <source>Ask two models the same thing and see their answers next to each other, e.g. the trained model and the model before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="90"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="99"/>
        <source>0 always gives the most likely answer; higher values vary more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="102"/>
        <source>The longest answer, in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="103"/>
        <source>Creativity (temperature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="104"/>
        <source>Longest answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="164"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="167"/>
        <source>Copies this column&apos;s last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="171"/>
        <source>Conversation with the second model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="174"/>
        <source>Answer with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="174"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="187"/>
        <source>Ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="193"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="208"/>
        <location filename="../ui/chat_panel.cpp" line="215"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="208"/>
        <source>%1 tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="279"/>
        <source>Trained model, run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="282"/>
        <source>Base model, untrained (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="303"/>
        <source>Choose a model (and train it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="318"/>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="328"/>
        <source>Try an example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="339"/>
        <source>Colour, size and material of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="340"/>
        <source>Which colour, size and material does this product have? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="344"/>
        <source>How a review feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="345"/>
        <source>Is this review very positive, positive, neutral, negative or very negative? &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="348"/>
        <source>A customer&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="349"/>
        <source>A customer asks about &quot;%1&quot;: is it a good gift? Answer in two sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="370"/>
        <location filename="../ui/chat_panel.cpp" line="388"/>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="370"/>
        <source>Waiting for the first answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="447"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="447"/>
        <location filename="../ui/chat_panel.cpp" line="452"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare_panel.cpp" line="60"/>
        <source>Tests to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="61"/>
        <source>Tick the tests to set side by side: the base model, trained runs, other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="63"/>
        <source>Test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="64"/>
        <source>All test sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="65"/>
        <source>Your products (in-domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="66"/>
        <source>New categories (out-of-domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="67"/>
        <source>In-domain: products like those trained on. Out-of-domain: product categories kept out of training, to see whether the model generalises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="91"/>
        <source>Published &amp;models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="92"/>
        <source>Published scores drawn as reference lines and listed in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="73"/>
        <location filename="../ui/compare_panel.cpp" line="77"/>
        <source>Scores per task and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="107"/>
        <source>&amp;Test sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="123"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="123"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="124"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="124"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="125"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="125"/>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="130"/>
        <source>%1 comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="146"/>
        <source>T&amp;ests to compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="214"/>
        <source>%1
Model: %2
Adapter: %3
Tested: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="215"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="218"/>
        <source>Computed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="246"/>
        <source>Nothing to compare yet: test a model on the Results page (Verdict) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="248"/>
        <source>Tick one or more tests on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare_panel.cpp" line="250"/>
        <source>%n test(s) compared over %1 task rows. Bold: the best on that row; dashed lines: published scores where the metric matches.</source>
        <translation>
            <numerusform>%n test compared over %1 task rows. Bold: the best on that row; dashed lines: published scores where the metric matches.</numerusform>
            <numerusform>%n tests compared over %1 task rows. Bold: the best on that row; dashed lines: published scores where the metric matches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="284"/>
        <source>The metric of the published tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="285"/>
        <source>Not the published metric: no published scores on this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="289"/>
        <source>This test did not score this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="293"/>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="296"/>
        <source>%1 questions, %2 answers unusable (they matched none of the allowed answers); in brackets the range the true score likely lies in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="333"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="378"/>
        <source>Score (100% is perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="395"/>
        <source>ShopTuner comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::DemoShop</name>
    <message>
        <location filename="../ui/demo_shop.cpp" line="81"/>
        <source>The demo shop was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export_dialog.cpp" line="38"/>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="39"/>
        <source>A folder with the model file and a Modelfile; then run: ollama create my-shop -f Modelfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="41"/>
        <source>LM Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="42"/>
        <source>Placed straight into LM Studio&apos;s models folder; it appears in LM Studio&apos;s model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="44"/>
        <source>llama.cpp (one GGUF file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="45"/>
        <source>One file for llama.cpp, llama-server, GPT4All, Jan and other tools that read GGUF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="47"/>
        <source>Hugging Face folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="48"/>
        <source>The model with the training merged in, for Transformers, vLLM or uploading to the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="50"/>
        <source>The adapter alone (PEFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="51"/>
        <source>A few megabytes: only what training changed, with a model card; needs the base model to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="68"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="69"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="70"/>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="74"/>
        <source>Export the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="77"/>
        <source>Export %1 (not trained) for the program that will run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="78"/>
        <source>Export %1 with what training run %2 taught it, for the program that will run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="84"/>
        <source>Where the model will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="95"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="103"/>
        <source>The model&apos;s name in the files (and in Ollama or LM Studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="105"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="117"/>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="118"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="119"/>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="162"/>
        <source>Half precision (F16), the usual choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="163"/>
        <location filename="../ui/export_dialog.cpp" line="169"/>
        <source>BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="164"/>
        <source>Full precision (F32), twice the size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="166"/>
        <source>8-bit (Q8_0): half the size of F16, answers nearly the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="167"/>
        <source>4-bit (Q4_0): a third of F16&apos;s size, answers may change a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="168"/>
        <source>Half precision (F16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="170"/>
        <source>Full precision (F32), largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="190"/>
        <source>Save the GGUF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="190"/>
        <source>GGUF (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="193"/>
        <source>LM Studio&apos;s models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="193"/>
        <source>The folder to create it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="219"/>
        <location filename="../ui/export_dialog.cpp" line="223"/>
        <location filename="../ui/export_dialog.cpp" line="305"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="219"/>
        <source>Give the model a name and a place to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="224"/>
        <source>%1 exists already. Choose another name; ShopTuner never overwrites an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Done.&lt;/b&gt; Checked before saying so:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="251"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="255"/>
        <source>&lt;p&gt;In a terminal: &lt;code&gt;cd &quot;%1&quot; &amp;amp;&amp;amp; ollama create %2 -f Modelfile&lt;/code&gt;, then &lt;code&gt;ollama run %2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="264"/>
        <source>&lt;p&gt;&lt;b&gt;The export did not finish;&lt;/b&gt; nothing was left under its name.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="265"/>
        <source>The export stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="268"/>
        <source>&lt;p&gt;Cancelled; nothing was left under its name.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="14"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;ShopTuner teaches a small language model the everyday work of your shop, on this computer: reading how a review feels, finding colours and sizes in product texts, answering customers&apos; questions. Your data never leaves the computer.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import files&lt;/b&gt;: the product catalogue, reviews, questions, search and order logs as your shop system exports them (CSV or JSON). ShopTuner proposes which column holds what; check it and import.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training examples&lt;/b&gt;: ShopTuner turns your data into questions with their right answers, one kind per task, and keeps some aside to test the model later. Personal data (e-mail addresses, phone numbers, order numbers, names) is removed first.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: choose the model to teach. Smaller models train faster; the page says which fit this computer&apos;s memory, and downloads one for you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training plan&lt;/b&gt;: Quick, Balanced or Thorough, with the time and memory it will take.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training&lt;/b&gt;: the model learns from your examples. The curve should fall. You can pause and resume, even after closing ShopTuner.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: the trained model answers the questions kept aside, and ShopTuner says task by task how well, beside the model before training and well-known published models.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Chat&lt;/b&gt; with the model, or &lt;b&gt;export&lt;/b&gt; it for Ollama, LM Studio or llama.cpp.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;Put it to work&lt;/b&gt;: the trained model fills in missing attributes of your products (colour, material, size) from their texts, or reads your reviews and lists the negative ones first. Each suggestion shows how sure the model was; you accept, edit or reject it (Enter, F2, Delete). Export then writes your catalogue file back with only the accepted cells filled, so your shop system imports it as before.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="42"/>
        <source>&lt;h2&gt;When something goes wrong&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;A file that cannot be read: the message names the line. Export it again from your shop system as CSV (UTF-8), or fix that line.&lt;/li&gt;&lt;li&gt;Training stops with an error about memory: choose a smaller model or the Quick plan, or lower “Longest example” on the Training plan page.&lt;/li&gt;&lt;li&gt;Many unusable answers in the Results: the model needs more training (the Balanced or Thorough plan) or more examples.&lt;/li&gt;&lt;li&gt;Anything else: &lt;b&gt;Help → Report a problem&lt;/b&gt; gathers what happened, with personal data removed, for you to read and send to whoever helps you.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="62"/>
        <source>ShopTuner help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ImportPanel</name>
    <message>
        <location filename="../ui/import_panel.cpp" line="45"/>
        <source>Your products: titles, descriptions, brands, prices, categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="47"/>
        <source>What customers wrote, with their star ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="49"/>
        <source>Customer questions about products, with your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="51"/>
        <source>What customers searched for and which products they clicked or bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="53"/>
        <source>Which customer bought what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="66"/>
        <source>Product catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="68"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="70"/>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="72"/>
        <source>Search log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="74"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="76"/>
        <source>ECInstruct records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="183"/>
        <source>Add the files your shop system exports. ShopTuner reads CSV, TSV and JSON files in any common encoding. You can also drop files on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="138"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="140"/>
        <source>Choose a %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="155"/>
        <source>Choose a file on the left, or drop one here, to see its first rows and how its columns will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="106"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="91"/>
        <source>Show the &amp;problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="122"/>
        <source>Every problem noted in the file, with its line, to fix in the file or the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="234"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="235"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="236"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="237"/>
        <source>%n search result(s)</source>
        <translation>
            <numerusform>%n search result</numerusform>
            <numerusform>%n search results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="238"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n order line</numerusform>
            <numerusform>%n order lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="242"/>
        <source>✓ %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="243"/>
        <source>Not imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="261"/>
        <source>Choose the %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="262"/>
        <source>Shop exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="277"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="306"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="309"/>
        <source>Cannot read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="310"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="320"/>
        <source>What is in this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="321"/>
        <source>ShopTuner could not tell what %1 holds. Choose what it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="361"/>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 — %3, %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; as %2 — %3, %n column</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; as %2 — %3, %n columns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="396"/>
        <location filename="../ui/import_panel.cpp" line="399"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="398"/>
        <source>the order in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="399"/>
        <source>, then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="405"/>
        <source>reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="405"/>
        <source>questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="406"/>
        <source>search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="406"/>
        <source>order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="408"/>
        <source>%1 of %2 %3 name a product in your catalog (by %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="412"/>
        <source>In the first rows, %1 of %2 %3 name a product in your catalog (by %4); checking the whole file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="418"/>
        <source>Not found in the catalog: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="423"/>
        <source>Most rows do not link: choose the column that holds your products&apos; id, SKU, barcode or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="439"/>
        <source>No catalog has been imported yet, so these rows cannot be linked to products. Import the catalog first, or import this file now and the catalog later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="487"/>
        <source>Read the whole file into the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="517"/>
        <source>Nothing from %1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="518"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="520"/>
        <source>Import of %1 stopped; nothing from it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="523"/>
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Imported %n row from %1.</numerusform>
            <numerusform>Imported %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="525"/>
        <source>%n row(s) could not be used and were left out.</source>
        <translation>
            <numerusform>%n row could not be used and was left out.</numerusform>
            <numerusform>%n rows could not be used and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="528"/>
        <source>%n product(s), with %1 variant row(s) added to their products.</source>
        <translation>
            <numerusform>%n product, with %1 variant row added to their products.</numerusform>
            <numerusform>%n products, with %1 variant rows added to their products.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="532"/>
        <source>%n of its products were already in your catalog under another id; that id was added to them.</source>
        <translation>
            <numerusform>%n of its products was already in your catalog under another id; that id was added to them.</numerusform>
            <numerusform>%n of its products were already in your catalog under another id; that id was added to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="536"/>
        <source>%n row(s) of files imported earlier now link to a product of this catalog.</source>
        <translation>
            <numerusform>%n row of files imported earlier now link to a product of this catalog.</numerusform>
            <numerusform>%n rows of files imported earlier now link to a product of this catalog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="540"/>
        <source>%1 of %2 rows are linked to a product in your catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="545"/>
        <source>… and %n more, of the same kinds</source>
        <translation>
            <numerusform>… and %n more, of the same kinds</numerusform>
            <numerusform>… and %n more, of the same kinds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="587"/>
        <source>Problems noted in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="595"/>
        <source>The rows these name were left out or read in part; fix them in the file and import it again to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="547"/>
        <source>%n problem(s) noted (first: %1).</source>
        <translation>
            <numerusform>%n problem noted (first: %1).</numerusform>
            <numerusform>%n problems noted (first: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ImportWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="266"/>
        <source>Bring in your shop&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="267"/>
        <source>At least the product catalog or the reviews. The more kinds of files, the more tasks the model can learn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::JobProgress</name>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="19"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="21"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="22"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="30"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="32"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="33"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="41"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="51"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="53"/>
        <source>Stop now; nothing half-done is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="59"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="66"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="76"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::LossChart</name>
    <message>
        <location filename="../ui/loss_chart.cpp" line="47"/>
        <source>Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="51"/>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="56"/>
        <source>Training loss, smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="59"/>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="63"/>
        <source>Where training began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="69"/>
        <source>Learning step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="70"/>
        <source>Loss (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="130"/>
        <source>Run %1, training (smoothed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="134"/>
        <source>Run %1, validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="187"/>
        <source>Loss measures how far the model&apos;s answers are from your shop&apos;s own: lower is better, 0 would be perfect. It began at %1 and is now about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="192"/>
        <source>On the examples kept aside it is %1; if that rises while the training loss falls, the model is memorising rather than learning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="66"/>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="73"/>
        <source>Open the &amp;setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>Co&amp;mpare tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>How the latest trained model does, task by task, beside a published model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Several tests side by side: runs, base models, other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Training examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Browse examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Put it to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;New Shop Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Try the &amp;Demo Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>ShopTuner &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>What the &amp;numbers mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>Report a &amp;problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;About ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>ShopTuner projects (*.shoptuner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>%1 — ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>&lt;h2&gt;ShopTuner&lt;/h2&gt;&lt;p&gt;Teach a small language model your shop: your products, reviews and questions, trained on this computer. Your data never leaves it.&lt;/p&gt;&lt;p&gt;Start with the setup wizard: create a project from your shop&apos;s files, or try the demo shop.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&lt;p&gt;&lt;b&gt;Your shop&apos;s data:&lt;/b&gt; %1 products, %2 reviews, %3 questions, %4 search results, %5 order lines.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="265"/>
        <source>&lt;p&gt;&lt;b&gt;Training examples:&lt;/b&gt; %1 for %2 tasks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Training examples:&lt;/b&gt; none yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>&lt;p&gt;&lt;b&gt;Latest training:&lt;/b&gt; run %1, %2, %3 of %4 steps%5.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>, best validation loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>&lt;p&gt;&lt;b&gt;Latest test:&lt;/b&gt; %1, %2 task results (see Results).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="294"/>
        <source>Pause the training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>Training is running. ShopTuner pauses it at a checkpoint; next time you can resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>Pause and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>Stop the running work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>ShopTuner is still importing or building. If you quit now, that step is undone and can be started again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="324"/>
        <source>About ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Fine-tune a small language model on your own shop&apos;s data, on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::MappingEditor</name>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="99"/>
        <source>Keep these columns as product attributes (colour, size, material, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="115"/>
        <source>Attribute columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="155"/>
        <source>— choose a column —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="155"/>
        <source>— not in this file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="164"/>
        <source>Suggested because %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="167"/>
        <source>Rows where it names no product in your catalog are linked by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="184"/>
        <source>Recognised as a %1: its columns are read the way that platform writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="225"/>
        <source>%1 names the attribute, %2 holds its value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelDownloads</name>
    <message>
        <location filename="../ui/model_downloads.cpp" line="62"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="63"/>
        <source>&amp;Resume download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="64"/>
        <source>Dis&amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="84"/>
        <source>Models to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>To download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Memory to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="93"/>
        <source>or any model on Hugging Face, e.g. HuggingFaceTB/SmolLM2-360M-Instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="94"/>
        <source>Hugging Face model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="96"/>
        <source>Download the chosen model (or the one named) and check it before it is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="98"/>
        <source>Continue where the download stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="100"/>
        <source>Delete what arrived of the unfinished download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="104"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="105"/>
        <source>Stop now; what arrived is kept, and Resume continues from there, even after closing ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="58"/>
        <source>&lt;b&gt;Download a model&lt;/b&gt; (from Hugging Face, checked before use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="188"/>
        <source>%1 (recommended here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="195"/>
        <source>for scoring only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="197"/>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="198"/>
        <source>%1; account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="214"/>
        <source>Recommended for this computer: %1, %2 to download. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="215"/>
        <source>%1, %2 to download. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="220"/>
        <source>It needs a free Hugging Face account with Meta&apos;s licence accepted on the model&apos;s page, and your access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="231"/>
        <source>Not a model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="232"/>
        <source>“%1” is not a Hugging Face model name. It looks like Organisation/Model, e.g. HuggingFaceTB/SmolLM2-360M-Instruct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="262"/>
        <source>✓ %1 is ready (%2). Checked: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="276"/>
        <source>The download did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="291"/>
        <source>The download of %1 stopped before anything arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="293"/>
        <source>The download of %1 is paused; %2 arrived and is kept. Resume continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="306"/>
        <source>The unfinished download of %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="318"/>
        <source>This model needs a Hugging Face account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="320"/>
        <source>%1.&lt;br&gt;&lt;br&gt;1. Open &lt;a href=&quot;%2&quot;&gt;the model&apos;s page&lt;/a&gt;, sign in (a free account) and accept the licence.&lt;br&gt;2. Create an access token (Settings → Access Tokens, “Read” is enough) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="332"/>
        <source>Save the token and download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="334"/>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="346"/>
        <source>The token could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="30"/>
        <source>%1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="31"/>
        <source>%1 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="48"/>
        <source>Make a &amp;demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="53"/>
        <source>Choose the language model to teach. Small models (135 million to 1.7 billion parameters) learn shop tasks well and train on an ordinary computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="60"/>
        <source>Models on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>On disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Memory to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="68"/>
        <source>Choose a model &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="70"/>
        <source>A Hugging Face model folder with config.json, model.safetensors and the tokenizer files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="72"/>
        <source>A tiny model with a vocabulary learned from your shop&apos;s texts. It knows nothing yet, so its answers mean little; it lets you try every step in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="89"/>
        <source>Choose a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="132"/>
        <source>This model cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="132"/>
        <source>%1 cannot be trained here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="144"/>
        <source>Cannot save the choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="160"/>
        <source>This computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="178"/>
        <source>Demo model (untrained, for trying the steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="182"/>
        <source>cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="191"/>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="206"/>
        <source>No model chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="212"/>
        <source>%1 fits comfortably: training needs about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="214"/>
        <source>%1 fits, but only just: training needs about %2 of the %3 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="215"/>
        <source>%1 does not fit: training needs about %2, but only %3 are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="219"/>
        <source>Below, %1 is recommended for this computer: download it with one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="237"/>
        <source>The demo model could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="316"/>
        <source>Choose the model to teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="317"/>
        <source>ShopTuner trains it on this computer. Smaller models train faster; larger ones answer better.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.cpp" line="26"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="50"/>
        <source>&amp;Quick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="50"/>
        <source>A first look: a few hundred steps with small adapters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="51"/>
        <source>&amp;Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="51"/>
        <source>One pass over all examples. A good default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="52"/>
        <source>&amp;Thorough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="53"/>
        <source>Three passes with larger adapters; stops early when the test questions stop improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="71"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="92"/>
        <source>Adapter size (rank):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="93"/>
        <source>How much the model can change. Larger learns more but needs more memory and examples. 8-32 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="95"/>
        <source>Adapter strength (alpha):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="96"/>
        <source>How strongly the learned change is applied; usually equal to or twice the rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="100"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="101"/>
        <source>How big each learning step is. Too high and training becomes unstable; too low and it learns slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="103"/>
        <source>Passes over the examples (epochs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="104"/>
        <source>How many times the model sees every example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="106"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="107"/>
        <source>Stop after steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="108"/>
        <source>Stop after this many learning steps even before the passes are done (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="111"/>
        <source>Longest example (tokens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="112"/>
        <source>Longer examples are cut to this many tokens. Longer needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="114"/>
        <source>Examples per step (batch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="115"/>
        <source>How many examples are learned from at once. More is steadier but needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="117"/>
        <source>Check progress every (steps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="118"/>
        <source>How often the model is tested on the held-back validation examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="120"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="121"/>
        <source>Stop early after checks without improvement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="122"/>
        <source>Stop when the validation loss has not improved this many checks in a row (0: never stop early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="253"/>
        <source>Choose a model first to see how long training takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="258"/>
        <source>The chosen model cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="261"/>
        <source>Estimating on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="274"/>
        <source>%1 learning steps over %2 training examples (about %3 tokens each). Training on %4 takes %5 and needs about %6 of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="283"/>
        <source>The time is what this computer measured for this model before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="287"/>
        <source>The time is estimated from another model trained on this computer; the first run of this one will tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="292"/>
        <source>The time is a first guess, as nothing has been trained on this computer yet; while training, the Training page shows the time left from the steps so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="298"/>
        <source>That is more than this computer has free: choose a smaller model, shorter examples or fewer examples per step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::PlanWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="333"/>
        <source>How thoroughly to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="334"/>
        <source>Pick a plan; the estimate is for this computer. You can stop and continue training at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ProjectContext</name>
    <message>
        <location filename="../ui/project_context.cpp" line="39"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/project_context.cpp" line="39"/>
        <source>Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::RecordsBrowser</name>
    <message>
        <location filename="../ui/records_browser.cpp" line="71"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="73"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="74"/>
        <source>All uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="78"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Questions from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="80"/>
        <source>Search the examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="82"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="93"/>
        <source>The selected example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="143"/>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="145"/>
        <source>All kinds of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records_browser.cpp" line="203"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/settings_panel.cpp" line="85"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="89"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="94"/>
        <source>Automatic (the GPU when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="95"/>
        <source>Processor (CPU) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="96"/>
        <source>Graphics card (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="97"/>
        <source>Where training, testing and chat compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="100"/>
        <source>automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="101"/>
        <source>Processor cores used for computing. Automatic uses every core other programs leave free; the window still answers at once, because computing gives way to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="104"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="110"/>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="112"/>
        <source>Close ShopTuner and open it again with the same project, in the new language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="117"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="118"/>
        <source>&amp;Compute on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="119"/>
        <source>Processor co&amp;res:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="120"/>
        <source>Projects &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="139"/>
        <source>Folder for new projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="150"/>
        <source>No font on this computer can show %1, so ShopTuner stays in English. Install one first (on Debian or Ubuntu: sudo apt install fonts-noto-core), then start ShopTuner again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="157"/>
        <source>The new language is used from the next start of ShopTuner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="169"/>
        <source>huggingface.co (or a mirror&apos;s address, e.g. https://hf-mirror.example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="170"/>
        <source>Where models are downloaded from, for networks where huggingface.co is blocked; the HF_ENDPOINT environment variable, when set, wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="172"/>
        <source>&amp;Download models from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="175"/>
        <source>Set &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="177"/>
        <source>A Hugging Face access token, for models that need an account (Llama 3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="183"/>
        <source>Hugging Face token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="186"/>
        <source>Hugging Face access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="187"/>
        <source>Paste an access token (huggingface.co → Settings → Access Tokens; “Read” is enough):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="194"/>
        <source>The token could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="208"/>
        <source>“%1” is not a web address; a mirror&apos;s address starts with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="219"/>
        <source>none kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="219"/>
        <source>kept in %1 (readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="58"/>
        <source>Set up your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="68"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="71"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="73"/>
        <source>Close the wizard: everything is kept, training goes on, and the wizard opens here again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SuggestionModel</name>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="18"/>
        <source>very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="20"/>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="22"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="24"/>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="26"/>
        <source>very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="120"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="120"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="161"/>
        <source>Do the reviews answer it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="163"/>
        <source>The same product?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="165"/>
        <source>Can it stand in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="167"/>
        <source>Draft answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="175"/>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="178"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="179"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="180"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>Shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>The model&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>What is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="225"/>
        <source>How it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="225"/>
        <source>Suggested value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <location filename="../ui/suggestion_model.cpp" line="227"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <location filename="../ui/suggestion_model.cpp" line="229"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TasksPanel</name>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="68"/>
        <source>Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="69"/>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="71"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="72"/>
        <source>Expected answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="79"/>
        <source>&amp;Build training examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="98"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="87"/>
        <source>ShopTuner turns your data into practice examples for ten shop tasks, and keeps some examples aside to test the model later. Products never appear in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="81"/>
        <source>How examples are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="92"/>
        <source>Make the examples again from the data imported so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="110"/>
        <source>Products of these categories are kept out of training and only used to test how well the model handles products it has never seen (&quot;out of domain&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="112"/>
        <source>Test-only categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="113"/>
        <source>A search led to a purchase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Added to the cart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Clicked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Shown, not clicked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="119"/>
        <source>exactly what was searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="120"/>
        <source>a substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="121"/>
        <source>a complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="122"/>
        <source>irrelevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="125"/>
        <source>How relevant a product counts for a search when this happened (used by the search tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="133"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="141"/>
        <source>Example records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="209"/>
        <source>No training examples yet. Import your files, then build them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="231"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="234"/>
        <source>No examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="236"/>
        <source>Your data gave no examples for this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks_panel.cpp" line="238"/>
        <source>Ready, %n warning(s)</source>
        <translation>
            <numerusform>Ready, %n warning</numerusform>
            <numerusform>Ready, %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="241"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks_panel.cpp" line="250"/>
        <source>%1 of 10 tasks can be learned from your data (%n example(s) in all).</source>
        <translation>
            <numerusform>%1 of 10 tasks can be learned from your data (%n example in all).</numerusform>
            <numerusform>%1 of 10 tasks can be learned from your data (%n examples in all).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="254"/>
        <source>To protect your customers, ShopTuner removed %1 e-mail addresses, %2 phone numbers, %3 order numbers and %4 reviewers&apos; names from their texts, and left out %5 duplicate reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="283"/>
        <source>Example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="325"/>
        <source>Could not build the examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TasksWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="291"/>
        <source>What your model will learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="292"/>
        <source>Ten shop tasks, made from your data. Look at the examples: they are what the model practises on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TrainPanel</name>
    <message>
        <location filename="../ui/train_panel.cpp" line="82"/>
        <location filename="../ui/train_panel.cpp" line="409"/>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="83"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="84"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="85"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="86"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="88"/>
        <source>S&amp;mooth the curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="110"/>
        <source>Stop at a checkpoint; Resume continues from there, even after closing ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="113"/>
        <source>Stop and give up this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="146"/>
        <source>Training runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="147"/>
        <source>Every training run of this project; choose one to see its curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="149"/>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="152"/>
        <source>Compare &amp;with runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="153"/>
        <source>Lay other runs&apos; curves over this one, to see which settings learned best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="124"/>
        <source>Train &amp;elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="40"/>
        <source>%1 of %2 examples were longer than the model reads at once (%3 tokens), so their ends were cut off. Raise “Longest example” on the Training plan page to keep them whole; training then needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="46"/>
        <source>%1 examples were left out: their question alone is longer than the model reads at once (%2 tokens), so no answer is left to learn from. Raise “Longest example” on the Training plan page to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="125"/>
        <source>Train on another computer or a cluster, and bring the result back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="128"/>
        <source>Write a job folder for a cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="130"/>
        <source>Where to put the job folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="134"/>
        <source>Import a trained adapter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="136"/>
        <source>The adapter folder (adapter_config.json, adapter_model.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="164"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="164"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="115"/>
        <source>Write this run&apos;s model for Ollama, LM Studio, llama.cpp or Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="51"/>
        <source>The computers training together ended with different results; this run&apos;s model is not reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="259"/>
        <source>Run %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="264"/>
        <source>, best validation loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train_panel.cpp" line="268"/>
        <source>rank %1, alpha %2, learning rate %3, %n pass(es), longest example %4 tokens, batch %5 × %6</source>
        <translation>
            <numerusform>rank %1, alpha %2, learning rate %3, %n pass(es), longest example %4 tokens, batch %5 × %6</numerusform>
            <numerusform>rank %1, alpha %2, learning rate %3, %n pass(es), longest example %4 tokens, batch %5 × %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="278"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="294"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="294"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <location filename="../ui/train_panel.cpp" line="296"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="296"/>
        <source>training now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="327"/>
        <source>processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="328"/>
        <source>graphics card (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="335"/>
        <source>Choose a model and a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="337"/>
        <source>Ready to teach %1 your shop&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="339"/>
        <source>Run %1 is training… You can keep using ShopTuner meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="341"/>
        <source>Run %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="343"/>
        <source>Resume continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="399"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="409"/>
        <source>&amp;Start a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="422"/>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train_panel.cpp" line="427"/>
        <source>Job folder written: %1 (%n training record(s)). Run train.sh there, or submit shoptuner-train.sbatch on a SLURM cluster; then import the adapter it makes.</source>
        <translation>
            <numerusform>Job folder written: %1 (%n training record). Run train.sh there, or submit shoptuner-train.sbatch on a SLURM cluster; then import the adapter it makes.</numerusform>
            <numerusform>Job folder written: %1 (%n training records). Run train.sh there, or submit shoptuner-train.sbatch on a SLURM cluster; then import the adapter it makes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="433"/>
        <source>Cannot write the job folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="447"/>
        <source>Choose the base model the adapter was trained on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="450"/>
        <source>Imported as run %1: test it on the Results page, chat with it, or export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="454"/>
        <source>Cannot import the adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="474"/>
        <source>Training stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="505"/>
        <source>Training… You can keep using ShopTuner meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="529"/>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="533"/>
        <source>No model chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="533"/>
        <source>Choose the model to teach on the Model page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="548"/>
        <source>Pausing after this learning step… Resume continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="566"/>
        <source>Give up this run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="567"/>
        <source>The run stops and cannot be resumed. What it learned so far is kept only if you pause instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="568"/>
        <source>Give up the run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TrainWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="344"/>
        <source>Teach the model your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="345"/>
        <source>Watch the loss fall: lower means the model predicts your examples better.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="95"/>
        <source>&amp;Test the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="96"/>
        <source>E&amp;xport the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="103"/>
        <source>Also test the model &amp;before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="106"/>
        <source>Shows what training changed; takes about as long again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="109"/>
        <source>Scores per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="121"/>
        <source>Wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="131"/>
        <source>What do these numbers mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="137"/>
        <source>Ask the trained model every kept-aside test question and score its answers the way the published benchmark does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="142"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="143"/>
        <source>How many test questions per task; more gives a surer verdict but takes longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="144"/>
        <source>Test questions per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="147"/>
        <source>The published model to measure yours against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="148"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="189"/>
        <source>Task by task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="190"/>
        <source>As a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="216"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="216"/>
        <source>What the model was asked to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="217"/>
        <source>Questions from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="217"/>
        <source>Your own products, new wording or new kinds of products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="218"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="218"/>
        <source>How many test questions were asked; more questions give a surer verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="219"/>
        <source>Unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="219"/>
        <source>Answers that matched none of the allowed answers; they count as wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="467"/>
        <source>Score (100% is perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="482"/>
        <source>&lt;p&gt;Choose a task above to see what its score means and some of the answers the model got wrong.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="498"/>
        <source>&lt;i&gt;(nothing)&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="220"/>
        <location filename="../ui/verdict_panel.cpp" line="457"/>
        <source>Your model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="220"/>
        <source>The trained model&apos;s score out of 100%; hover over a score for its likely range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="222"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="221"/>
        <location filename="../ui/verdict_panel.cpp" line="459"/>
        <source>Before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="153"/>
        <source>Questions per task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="62"/>
        <source>&lt;h3&gt;What the Verdict&apos;s numbers mean&lt;/h3&gt;&lt;p&gt;ShopTuner kept some of your examples aside before training. The test asks the trained model those questions, which it has never seen, and scores each answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Questions from&lt;/b&gt;: &lt;i&gt;your products&lt;/i&gt; are questions about your own catalogue; &lt;i&gt;new wording&lt;/i&gt; asks them in a way the model never saw; &lt;i&gt;new categories&lt;/i&gt; are about kinds of products it was not trained on, to see whether what it learned carries over.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unusable answers&lt;/b&gt; matched none of the answers a question allows (not one of the options, not yes or no, no list where a list was asked for). They count as wrong. Many of them mean the model needs more training.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your model&lt;/b&gt; and &lt;b&gt;Before training&lt;/b&gt; are scores out of 100%; hover over one to see the likely range. With few questions that range is wide, so below %1 questions ShopTuner does not say whether a model is better or worse than the published one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Published&lt;/b&gt; is the score a well-known model reached in the eCeLLM study, on ECInstruct&apos;s questions rather than yours: a rough guide, unless you test on the public benchmark.&lt;/p&gt;&lt;h4&gt;The scores&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="159"/>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="166"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="166"/>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="167"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="167"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="168"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="168"/>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="250"/>
        <source>&amp;Get the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="204"/>
        <source>Write the trained model for Ollama, LM Studio, llama.cpp or Hugging Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="221"/>
        <location filename="../ui/verdict_panel.cpp" line="312"/>
        <source>The same model before training, on the same questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="222"/>
        <source>The published model&apos;s score in the eCeLLM study, on ECInstruct&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="223"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="223"/>
        <source>The score in words, and how it compares with the published model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="244"/>
        <source>Answers to customer questions are scored by their wording here. The published figures score them by meaning, with an encoder (1.3 GB): get it to compare them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="256"/>
        <source>The encoder is ready: answers to customer questions are scored by meaning, as the published figures are, from the next test on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="307"/>
        <source>%1: %2
With %3 questions the true score likely lies between %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="328"/>
        <source>Train a model first; then test it here on the examples kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="330"/>
        <source>The model has not been tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="359"/>
        <source>Cannot start the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="383"/>
        <source>Part 1 of 2, the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="384"/>
        <source>Part 2 of 2, the model before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="392"/>
        <source>The test stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="411"/>
        <source>ShopTuner report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="416"/>
        <source>%1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="491"/>
        <source>&lt;p&gt;No wrong answers among the questions tested for this task.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="494"/>
        <source>&lt;p&gt;&lt;b&gt;The worst answers:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="496"/>
        <source>&lt;p&gt;&lt;b&gt;Question:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Expected:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;The model said:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::VerdictWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="361"/>
        <source>How well it does your shop&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="362"/>
        <source>The model answers the examples kept aside; its scores stand beside published models&apos;. Done takes you to “Put it to work”, where it fills in your catalog and reads your reviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::WelcomePage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="141"/>
        <source>Welcome to ShopTuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="142"/>
        <source>Teach a small language model your shop: your products, reviews and questions. It trains on this computer; your data never leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="145"/>
        <source>Start a &amp;new shop project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="145"/>
        <source>Import your own catalog, reviews, questions, searches and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="148"/>
        <source>&amp;Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="148"/>
        <source>Continue with a project saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="150"/>
        <source>Try the &amp;demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="151"/>
        <source>See every step with Kettle &amp;&amp; Loom, an invented homeware shop: 300 products, 1,500 reviews, questions, searches and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="156"/>
        <location filename="../ui/setup_wizard.cpp" line="157"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="179"/>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="179"/>
        <location filename="../ui/setup_wizard.cpp" line="232"/>
        <source>ShopTuner projects (*.shoptuner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="190"/>
        <source>The demo shop could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="212"/>
        <source>Setting up the demo shop: importing its files and building examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="213"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="214"/>
        <source>Choose a project to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="230"/>
        <source>Name your shop project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="231"/>
        <source>My shop.shoptuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="237"/>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="246"/>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::WorkPanel</name>
    <message>
        <location filename="../ui/work_panel.cpp" line="44"/>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="46"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="48"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="50"/>
        <source>stopped at %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="60"/>
        <source>Only rows no earlier job looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="61"/>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="63"/>
        <source>Only reviews without stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="64"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="68"/>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="72"/>
        <source>&amp;Accept all at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="75"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="84"/>
        <source>After importing this week&apos;s reviews or products: ask only about the new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="86"/>
        <source>Ask only about reviews or questions written on this day or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="91"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="93"/>
        <source>Reviews that came without a star rating, such as comments: the stars of the others already say how they feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="99"/>
        <source>Earlier jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="101"/>
        <source>Ask about the rows this job has not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="103"/>
        <source>Search the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="106"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="107"/>
        <source>Show those to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="108"/>
        <source>Show accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="109"/>
        <source>Show rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="115"/>
        <source>How sure the model must have been of a suggestion for it to be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="127"/>
        <source>Enter accepts, Delete rejects, F2 edits the suggested value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="132"/>
        <source>Write the accepted suggestions to a file your shop imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="174"/>
        <source>Let the model you trained do shop work: it suggests, you decide. Nothing is written to your files until you export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="179"/>
        <source>Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="181"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="194"/>
        <source>Suggestions of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="244"/>
        <source>Trained model, run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="248"/>
        <source>Base model, untrained (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="267"/>
        <source>Job %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="297"/>
        <source>Choose a model and train it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="316"/>
        <source>No suggestions yet: choose a job and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="321"/>
        <source>%n suggestion(s): </source>
        <translation>
            <numerusform>%n suggestion: </numerusform>
            <numerusform>%n suggestions: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="322"/>
        <source>%1 accepted, %2 rejected, %3 to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="327"/>
        <source>For %n more the model found nothing to suggest.</source>
        <translation>
            <numerusform>For %n more the model found nothing to suggest.</numerusform>
            <numerusform>For %n more the model found nothing to suggest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="330"/>
        <source>For %n the model&apos;s answer could not be read: it needs more training (the Balanced or Thorough plan) or more examples of this task.</source>
        <translation>
            <numerusform>For %n the model&apos;s answer could not be read: it needs more training (the Balanced or Thorough plan) or more examples of this task.</numerusform>
            <numerusform>For %n the model&apos;s answer could not be read: it needs more training (the Balanced or Thorough plan) or more examples of this task.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="358"/>
        <source>Run a job the model is weak at?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="359"/>
        <source>You can still run it and check every suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="360"/>
        <source>Run anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="398"/>
        <source>The job stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="420"/>
        <source>%n accepted just now.</source>
        <translation>
            <numerusform>%n accepted just now.</numerusform>
            <numerusform>%n accepted just now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="458"/>
        <source>catalog with filled attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="458"/>
        <source>reviews triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="463"/>
        <source>-filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="465"/>
        <source>Export the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="466"/>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="481"/>
        <source>Written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="489"/>
        <source>Where is the catalog file you imported (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="490"/>
        <source>Shop files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="495"/>
        <source>The catalog file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="496"/>
        <source>%1 changed since you imported it. ShopTuner writes a copy of the file as it is now, with the accepted values filled in; values it no longer finds are listed, not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="499"/>
        <source>Write the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="504"/>
        <location filename="../ui/work_panel.cpp" line="507"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
