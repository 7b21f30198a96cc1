<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="16"/>
        <source>The quickest to train and try: good for sentiment and yes/no tasks, weak at writing answers.</source>
        <translation>प्रशिक्षण और आज़माने में सबसे तेज़: भावना और हाँ/नहीं वाले कार्यों के लिए अच्छा, उत्तर लिखने में कमज़ोर।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="21"/>
        <source>A good first choice on an ordinary computer: trains in hours on a processor, and learns the shop&apos;s tasks well.</source>
        <translation>साधारण कंप्यूटर पर एक अच्छा पहला विकल्प: प्रोसेसर पर घंटों में प्रशिक्षित होता है और दुकान के कार्य अच्छी तरह सीखता है।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="27"/>
        <source>Small and multilingual: a good choice when reviews and questions are not in English.</source>
        <translation>छोटा और बहुभाषी: जब समीक्षाएँ और प्रश्न अंग्रेज़ी में न हों तब अच्छा विकल्प।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="32"/>
        <source>A Llama-shaped model of 1.1 billion parameters; better answers than the small ones, slower to train without a graphics card.</source>
        <translation>1.1 अरब पैरामीटर वाला Llama जैसा मॉडल; छोटे मॉडलों से बेहतर उत्तर, ग्राफ़िक्स कार्ड के बिना प्रशिक्षण धीमा।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="38"/>
        <source>The model of the published results: strong on every task; needs a free Hugging Face account and Meta&apos;s licence accepted.</source>
        <translation>प्रकाशित परिणामों का मॉडल: हर कार्य में मज़बूत; निःशुल्क Hugging Face खाता और Meta का स्वीकृत लाइसेंस चाहिए।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="45"/>
        <source>Stronger multilingual answers; best trained on a graphics card.</source>
        <translation>बेहतर बहुभाषी उत्तर; ग्राफ़िक्स कार्ड पर प्रशिक्षण सबसे अच्छा।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="49"/>
        <source>The strongest SmolLM2: the best answers of the open licences here; wants a graphics card to train in reasonable time.</source>
        <translation>सबसे मज़बूत SmolLM2: यहाँ के खुले लाइसेंसों में सबसे अच्छे उत्तर; उचित समय में प्रशिक्षण के लिए ग्राफ़िक्स कार्ड चाहिए।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="55"/>
        <source>The largest here: the best answers, for a computer with a graphics card of 12 GB or more; needs a Hugging Face account and Meta&apos;s licence accepted.</source>
        <translation>यहाँ का सबसे बड़ा: सबसे अच्छे उत्तर, 12 GB या अधिक के ग्राफ़िक्स कार्ड वाले कंप्यूटर के लिए; Hugging Face खाता और Meta का स्वीकृत लाइसेंस चाहिए।</translation>
    </message>
    <message>
        <location filename="../core/project/hub/model_catalogue.cpp" line="61"/>
        <source>Not a chat model: scores written answers with BERTScore, as the published figures are.</source>
        <translation>चैट मॉडल नहीं: लिखे गए उत्तरों को BERTScore से अंक देता है, जैसे प्रकाशित आँकड़े।</translation>
    </message>
</context>
<context>
    <name>EvalJob</name>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="171"/>
        <source>Testing “%1” on %2: %3 of %4 questions asked</source>
        <translation>“%1” की जाँच (%2): %4 में से %3 प्रश्न पूछे गए</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="244"/>
        <source>Loading the encoder that scores answers by meaning</source>
        <translation>अर्थ के आधार पर उत्तरों को आँकने वाला एन्कोडर लोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="252"/>
        <source>Scoring the answers to “%1” by meaning</source>
        <translation>“%1” के उत्तरों को अर्थ के आधार पर आँका जा रहा है</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="288"/>
        <source>Loading the model</source>
        <translation>मॉडल लोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/eval_job.cpp" line="352"/>
        <source>The test is finished</source>
        <translation>जाँच पूरी हुई</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="172"/>
        <source>a graphics card (%1) and a processor with %2 cores and %3 of memory</source>
        <translation>एक ग्राफ़िक्स कार्ड (%1) और %2 कोर तथा %3 मेमोरी वाला प्रोसेसर</translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="177"/>
        <source>a processor with %1 cores and %2 of memory, no graphics card</source>
        <translation>%1 कोर और %2 मेमोरी वाला प्रोसेसर, कोई ग्राफ़िक्स कार्ड नहीं</translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="185"/>
        <source>the processor</source>
        <translation>प्रोसेसर</translation>
    </message>
    <message>
        <location filename="../core/project/services/training_plan.cpp" line="186"/>
        <source>the graphics card (%1)</source>
        <translation>ग्राफ़िक्स कार्ड (%1)</translation>
    </message>
</context>
<context>
    <name>JobError</name>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="88"/>
        <source>Every training example is longer than the settings allow. Raise “Longest example (tokens)” in the training settings and start again.</source>
        <translation>हर प्रशिक्षण उदाहरण सेटिंग्स की अनुमति से लंबा है। प्रशिक्षण सेटिंग्स में “सबसे लंबा उदाहरण (tokens)” बढ़ाएँ और फिर से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="92"/>
        <source>This run has no saved point to continue from. Start a new run instead.</source>
        <translation>इस रन में आगे जारी रखने के लिए कोई सहेजा गया बिंदु नहीं है। इसके बजाय नया रन शुरू करें।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="95"/>
        <source>Training became unstable: the loss stopped being a number. Lower the learning rate in the training settings and start again; the last saved point of this run is kept.</source>
        <translation>प्रशिक्षण अस्थिर हो गया: लॉस अब संख्या नहीं रहा। प्रशिक्षण सेटिंग्स में लर्निंग रेट घटाएँ और फिर से शुरू करें; इस रन का अंतिम सहेजा गया बिंदु रखा गया है।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="99"/>
        <source>This computer ran out of memory while training. Choose fewer examples per step (batch) or a shorter longest example in the training settings and start again.</source>
        <translation>प्रशिक्षण के दौरान इस कंप्यूटर की मेमोरी खत्म हो गई। प्रशिक्षण सेटिंग्स में हर चरण में कम उदाहरण (batch) या छोटा सबसे लंबा उदाहरण चुनें और फिर से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="103"/>
        <source>This needs a graphics card (CUDA), and none is in use. Choose “Processor (CPU) only” under Settings → Compute on.</source>
        <translation>इसके लिए ग्राफ़िक्स कार्ड (CUDA) चाहिए, और कोई उपयोग में नहीं है। सेटिंग्स → गणना कहाँ में “केवल प्रोसेसर (CPU)” चुनें।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="107"/>
        <source>The model&apos;s vocabulary lacks the markers of the conversation format chosen for it. Choose a model with its own chat format, or the plain instruction format.</source>
        <translation>मॉडल की शब्दावली में उसके लिए चुने गए बातचीत प्रारूप के चिह्न नहीं हैं। अपने चैट प्रारूप वाला मॉडल चुनें, या सादा निर्देश प्रारूप।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="111"/>
        <source>The model folder has no tokenizer (tokenizer.json or tokenizer.model). Choose a complete model folder.</source>
        <translation>मॉडल फ़ोल्डर में कोई टोकनाइज़र (tokenizer.json या tokenizer.model) नहीं है। पूरा मॉडल फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/job.cpp" line="115"/>
        <source>The ranking test items lack the relevance label of each product, so they cannot be scored.</source>
        <translation>रैंकिंग परीक्षण आइटम में हर उत्पाद का प्रासंगिकता लेबल नहीं है, इसलिए उन्हें अंक नहीं दिए जा सकते।</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="17"/>
        <source>Product ID</source>
        <translation>उत्पाद आईडी</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="18"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="19"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="20"/>
        <source>Features</source>
        <translation>विशेषताएँ</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="21"/>
        <source>Brand</source>
        <translation>ब्रांड</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="22"/>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="23"/>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="24"/>
        <source>GTIN / EAN / UPC</source>
        <translation>GTIN / EAN / UPC</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="25"/>
        <source>Part number (MPN)</source>
        <translation>पार्ट नंबर (MPN)</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="26"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="27"/>
        <source>Review text</source>
        <translation>समीक्षा का पाठ</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="28"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="29"/>
        <source>Review ID</source>
        <translation>समीक्षा आईडी</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="30"/>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="31"/>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="32"/>
        <source>Question ID</source>
        <translation>प्रश्न आईडी</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="33"/>
        <source>Search query</source>
        <translation>खोज शब्द</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="34"/>
        <source>Search ID</source>
        <translation>खोज आईडी</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="35"/>
        <source>Position</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="36"/>
        <source>Clicked</source>
        <translation>क्लिक किया गया</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="37"/>
        <source>Added to cart</source>
        <translation>कार्ट में डाला गया</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="38"/>
        <source>Purchased</source>
        <translation>खरीदा गया</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="39"/>
        <source>Customer or session</source>
        <translation>ग्राहक या सत्र</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="40"/>
        <source>Order ID</source>
        <translation>ऑर्डर आईडी</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="41"/>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="42"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="43"/>
        <source>Parent product</source>
        <translation>मूल उत्पाद</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="44"/>
        <source>Reviewer name</source>
        <translation>समीक्षक का नाम</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="53"/>
        <source>Your shop&apos;s own id or SKU for the product</source>
        <translation>उत्पाद के लिए आपकी दुकान की अपनी आईडी या SKU</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="54"/>
        <source>The product name as shown in the shop</source>
        <translation>उत्पाद का नाम, जैसा वह दुकान में दिखता है</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="55"/>
        <source>The long product text (HTML is cleaned up)</source>
        <translation>उत्पाद का लंबा विवरण (HTML साफ़ कर दिया जाता है)</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="56"/>
        <source>Bullet points, separated by | or on separate lines</source>
        <translation>बुलेट पॉइंट, | से अलग किए हुए या अलग-अलग पंक्तियों में</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="57"/>
        <source>Brand or manufacturer</source>
        <translation>ब्रांड या निर्माता</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="58"/>
        <source>Price as a number</source>
        <translation>कीमत, संख्या के रूप में</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="59"/>
        <source>Category path such as Home &gt; Kitchen &gt; Mugs</source>
        <translation>श्रेणी का पथ, जैसे घर &gt; रसोई &gt; मग</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="60"/>
        <source>The barcode number</source>
        <translation>बारकोड नंबर</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="61"/>
        <source>Manufacturer part number or model</source>
        <translation>निर्माता का पार्ट नंबर या मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="62"/>
        <source>Stars from 1 to 5; none for reviews without stars</source>
        <translation>1 से 5 तक स्टार; बिना स्टार वाली समीक्षाओं के लिए कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="63"/>
        <source>What the customer wrote</source>
        <translation>ग्राहक ने क्या लिखा</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="64"/>
        <source>When it happened</source>
        <translation>यह कब हुआ</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="65"/>
        <source>What the customer asked</source>
        <translation>ग्राहक ने क्या पूछा</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="66"/>
        <source>The answer given</source>
        <translation>दिया गया उत्तर</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="67"/>
        <source>What the customer typed into the search box</source>
        <translation>ग्राहक ने खोज बॉक्स में क्या लिखा</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="68"/>
        <source>Groups the products shown for one search</source>
        <translation>एक खोज में दिखाए गए उत्पादों को एक साथ जोड़ता है</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="69"/>
        <source>Where the product was shown (1 = top)</source>
        <translation>उत्पाद कहाँ दिखाया गया (1 = सबसे ऊपर)</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="70"/>
        <source>1 if the customer clicked the product</source>
        <translation>1, अगर ग्राहक ने उत्पाद पर क्लिक किया</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="71"/>
        <source>1 if it went into the cart</source>
        <translation>1, अगर उत्पाद कार्ट में डाला गया</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="72"/>
        <source>1 if it was bought</source>
        <translation>1, अगर उत्पाद खरीदा गया</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="73"/>
        <source>Who ordered: any stable id, no names needed</source>
        <translation>किसने ऑर्डर किया: कोई भी स्थायी आईडी, नाम की ज़रूरत नहीं</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="74"/>
        <source>Groups the lines of one order</source>
        <translation>एक ऑर्डर की पंक्तियों को एक साथ जोड़ता है</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="75"/>
        <source>How many were ordered</source>
        <translation>कितने ऑर्डर किए गए</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="77"/>
        <source>The stock-keeping unit; where products have variants, the variant&apos;s. Other files may name products by it</source>
        <translation>स्टॉक-कीपिंग यूनिट (SKU); जिन उत्पादों के वेरिएंट हैं, उनमें वेरिएंट का। दूसरी फ़ाइलें इससे उत्पाद का नाम दे सकती हैं</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="81"/>
        <source>For variant rows: the product they belong to. Variants are added to that product</source>
        <translation>वेरिएंट पंक्तियों के लिए: वह उत्पाद जिसके वे हैं। वेरिएंट उसी उत्पाद में जोड़े जाते हैं</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="84"/>
        <source>Who wrote the review. Only used to remove their name from the text; never trained on</source>
        <translation>समीक्षा किसने लिखी। केवल पाठ से उनका नाम हटाने के लिए उपयोग होता है; इस पर कभी प्रशिक्षण नहीं होता</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="88"/>
        <source>The order the review is about (Etsy&apos;s reviews name no product): the review is linked to that order&apos;s product when the orders file has the order with one product</source>
        <translation>वह ऑर्डर जिसके बारे में समीक्षा है (Etsy की समीक्षाओं में उत्पाद नहीं होता): जब ऑर्डर फ़ाइल में वह ऑर्डर एक ही उत्पाद के साथ हो, तो समीक्षा उसी उत्पाद से जोड़ी जाती है</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../ui/problem_report.cpp" line="138"/>
        <source>Report a problem</source>
        <translation>समस्या की रिपोर्ट करें</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="139"/>
        <source>This is what happened, with e-mail addresses, phone and order numbers, your name, your home folder and the project&apos;s name taken out. Read it first: nothing is sent. Copy it into an e-mail or save it, for whoever helps you.</source>
        <translation>यह है जो हुआ, ई-मेल पते, फ़ोन और ऑर्डर नंबर, आपका नाम, आपका होम फ़ोल्डर और प्रोजेक्ट का नाम हटाकर। पहले इसे पढ़ें: कुछ भी भेजा नहीं जाता। इसे ई-मेल में कॉपी करें या सहेजें, उसके लिए जो आपकी मदद करता है।</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="150"/>
        <source>&amp;Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="152"/>
        <source>&amp;Save…</source>
        <translation>सहेजें…</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="157"/>
        <source>Save the report</source>
        <translation>रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/problem_report.cpp" line="159"/>
        <source>Text (*.txt)</source>
        <translation>टेक्स्ट (*.txt)</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/translations.cpp" line="46"/>
        <source>Show Details...</source>
        <translation>विवरण दिखाएँ…</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="47"/>
        <source>Hide Details...</source>
        <translation>विवरण छिपाएँ…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/report_export.cpp" line="75"/>
        <source>Export the report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/report_export.cpp" line="82"/>
        <source>Cannot export</source>
        <translation>निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../ui/report_export.cpp" line="83"/>
        <source>%1 could not be written. Choose another folder.</source>
        <translation>%1 लिखा नहीं जा सका। कोई दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../ui/translations.cpp" line="38"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="39"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="40"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="41"/>
        <source>&amp;Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="42"/>
        <source>&amp;No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="43"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="44"/>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="45"/>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../ui/translations.cpp" line="33"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="34"/>
        <source>&amp;Next &gt;</source>
        <translation>आगे &gt;</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="35"/>
        <source>&amp;Finish</source>
        <translation>समाप्त करें</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="36"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/translations.cpp" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../core/project/services/report.cpp" line="248"/>
        <source>finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="250"/>
        <source>still running</source>
        <translation>अभी चल रहा है</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="252"/>
        <source>stopped before it finished</source>
        <translation>पूरा होने से पहले रुक गया</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="254"/>
        <source>cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="256"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="591"/>
        <source>ShopTuner report</source>
        <translation>ShopTuner रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="444"/>
        <source> with adapter %1</source>
        <translation> एडैप्टर %1 के साथ</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="374"/>
        <source>Test the model before training too (the same questions) to see what training changed.</source>
        <translation>प्रशिक्षण ने क्या बदला यह देखने के लिए प्रशिक्षण से पहले के मॉडल का भी परीक्षण करें (वही प्रश्न)।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="378"/>
        <source>On ECInstruct&apos;s public test, the questions of the published table, it is at or above %1 on %2 of %3 tests.</source>
        <translation>ECInstruct के सार्वजनिक परीक्षण पर, प्रकाशित तालिका के प्रश्नों पर, यह %3 में से %2 परीक्षणों में %1 के बराबर या उससे ऊपर है।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="381"/>
        <source>As a rough guide only: %1&apos;s published scores come from ECInstruct&apos;s questions, not your shop&apos;s; on %2 of %3 tests yours is at or above them.</source>
        <translation>केवल एक मोटे अनुमान के रूप में: %1 के प्रकाशित अंक ECInstruct के प्रश्नों से हैं, आपकी दुकान के नहीं; %3 में से %2 परीक्षणों में आपका मॉडल उनके बराबर या ऊपर है।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="450"/>
        <source>How well the model does your shop&apos;s tasks</source>
        <translation>मॉडल आपकी दुकान के कार्य कितनी अच्छी तरह करता है</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="451"/>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="452"/>
        <source>Evaluated:</source>
        <translation>जाँचा गया:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="453"/>
        <source>Compared with:</source>
        <translation>तुलना:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="457"/>
        <source>This test is not finished (%1): the figures below cover only the tasks scored so far.</source>
        <translation>यह परीक्षण पूरा नहीं हुआ (%1): नीचे के आँकड़े केवल अब तक जाँचे गए कार्यों के हैं।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="470"/>
        <location filename="../core/project/services/comparison.cpp" line="168"/>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="471"/>
        <location filename="../core/project/services/comparison.cpp" line="168"/>
        <source>Test set</source>
        <translation>परीक्षण सेट</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="472"/>
        <location filename="../core/project/services/comparison.cpp" line="169"/>
        <source>Metric</source>
        <translation>माप</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="473"/>
        <source>This model</source>
        <translation>यह मॉडल</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="474"/>
        <source>95% interval</source>
        <translation>95% अंतराल</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="475"/>
        <source>Invalid</source>
        <translation>अमान्य</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="476"/>
        <source>Before training</source>
        <translation>प्रशिक्षण से पहले</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="477"/>
        <source>In plain words</source>
        <translation>सरल शब्दों में</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="485"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="505"/>
        <source>Published scores, in-domain test sets</source>
        <translation>प्रकाशित स्कोर, परिचित श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="506"/>
        <source>Published scores, out-of-domain test sets</source>
        <translation>प्रकाशित स्कोर, नई श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="507"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="533"/>
        <source>The worst answers</source>
        <translation>सबसे ख़राब उत्तर</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="568"/>
        <source>Answer generation is scored with BERTScore F1 (roberta-large, layer 17), as the published figures are.</source>
        <translation>उत्तर लेखन को BERTScore F1 (roberta-large, परत 17) से आँका गया है, जैसे प्रकाशित आँकड़े।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="572"/>
        <source>Answer generation is scored with BERTScore on another encoder or layer than the published figures (roberta-large, layer 17), so it is not compared with them.</source>
        <translation>उत्तर लेखन को प्रकाशित आँकड़ों (roberta-large, परत 17) से अलग एन्कोडर या परत पर BERTScore से आँका गया है, इसलिए उनसे तुलना नहीं की जाती।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="575"/>
        <source>Answer generation is scored with ROUGE-L because no roberta-large encoder is installed for BERTScore; it is not compared with the published BERTScore figures.</source>
        <translation>उत्तर लेखन को ROUGE-L से आँका गया है क्योंकि BERTScore के लिए roberta-large एन्कोडर इंस्टॉल नहीं है; इसकी तुलना प्रकाशित BERTScore आँकड़ों से नहीं की जाती।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="582"/>
        <source>Invalid: answers the metric could not read (eCeLLM&apos;s rules).</source>
        <translation>अमान्य: वे उत्तर जिन्हें मापदंड पढ़ नहीं सका (eCeLLM के नियम)।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="537"/>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="38"/>
        <source>, the same as before training</source>
        <translation>, प्रशिक्षण से पहले जितना ही</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="39"/>
        <source>, up from %1 before training</source>
        <translation>, प्रशिक्षण से पहले के %1 से अधिक</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="40"/>
        <source>, down from %1 before training</source>
        <translation>, प्रशिक्षण से पहले के %1 से कम</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="48"/>
        <source> (%1 before training)</source>
        <translation> (प्रशिक्षण से पहले %1)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="57"/>
        <source>Its answers are %1 close in meaning to the shop&apos;s own answers%2; unrelated sentences score about 83%.</source>
        <translation>इसके उत्तर अर्थ में दुकान के अपने उत्तरों से %1 मिलते हैं%2; असंबंधित वाक्य भी लगभग 83% पाते हैं।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="62"/>
        <source>Its answers share %1 of their wording with the shop&apos;s own answers%2.</source>
        <translation>इसके उत्तरों के %1 शब्द दुकान के अपने उत्तरों से मिलते हैं%2।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="66"/>
        <source>Ranking quality %1 over %2 searches%3.</source>
        <translation>%2 खोजों पर रैंकिंग गुणवत्ता %1%3।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="71"/>
        <source>Right on %1 of %2 questions%3.</source>
        <translation>%2 में से %1 प्रश्नों पर सही%3।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="76"/>
        <source>Scored %1 over %2 questions%3.</source>
        <translation>%2 प्रश्नों पर %1 अंक%3।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="82"/>
        <source>None of its answers could be used: each matched none of the answers this question allows.</source>
        <translation>इसका कोई भी उत्तर काम का नहीं था: हर उत्तर इस प्रश्न के किसी भी मान्य उत्तर से मेल नहीं खाया।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="86"/>
        <source>%1 of %2 answers could not be used (they matched none of the allowed answers) and count as wrong.</source>
        <translation>%2 में से %1 उत्तर काम के नहीं थे (वे किसी मान्य उत्तर से मेल नहीं खाए) और गलत गिने गए।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="101"/>
        <source>Not compared: the published figures measure closeness in meaning with BERTScore, which needs the roberta-large encoder</source>
        <translation>तुलना नहीं की गई: प्रकाशित आँकड़े BERTScore से अर्थ की निकटता मापते हैं, जिसके लिए roberta-large एन्कोडर चाहिए</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="104"/>
        <source>Not compared: the published figure is measured as %1</source>
        <translation>तुलना नहीं की गई: प्रकाशित आँकड़ा %1 के रूप में मापा गया है</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="107"/>
        <source>%1 published no score for this</source>
        <translation>%1 ने इसके लिए कोई अंक प्रकाशित नहीं किया</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="109"/>
        <source>Too few questions to tell how it compares with %1 (%2 tested, at least %3 needed)</source>
        <translation>%1 से तुलना बताने के लिए प्रश्न बहुत कम हैं (%2 जाँचे गए, कम से कम %3 चाहिए)</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="118"/>
        <source>Clearly above %1 (%2)</source>
        <translation>%1 (%2) से स्पष्ट रूप से ऊपर</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="119"/>
        <source>Clearly below %1 (%2)</source>
        <translation>%1 (%2) से स्पष्ट रूप से नीचे</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="120"/>
        <source>About level with %1 (%2): the difference could be chance</source>
        <translation>लगभग %1 (%2) के बराबर: अंतर संयोग हो सकता है</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="150"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="240"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a number format (F32, BF16), %2 the device: &quot;the processor&quot;, &quot;the graphics card (cuda:0)&quot;</extracomment>
        <translation>%2 पर %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="352"/>
        <source>None of the model&apos;s %1 answers could be used: each matched none of the answers its question allows. It needs more training: train for longer or on more examples, then test again.</source>
        <translation>मॉडल के %1 उत्तरों में से कोई भी काम का नहीं था: हर उत्तर अपने प्रश्न के किसी मान्य उत्तर से मेल नहीं खाया। इसे और प्रशिक्षण चाहिए: अधिक समय तक या अधिक उदाहरणों पर प्रशिक्षित करें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="357"/>
        <source>%1 of the model&apos;s %2 answers could not be used (they matched none of the allowed answers); they count as wrong.</source>
        <translation>मॉडल के %2 उत्तरों में से %1 काम के नहीं थे (वे किसी मान्य उत्तर से मेल नहीं खाए); वे गलत गिने गए।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="363"/>
        <source>Training made the model better on %1 of %2 tests, on the same questions (on %3 of them by more than chance explains).</source>
        <translation>प्रशिक्षण ने मॉडल को %2 में से %1 जाँचों में बेहतर बनाया, उन्हीं प्रश्नों पर (इनमें से %3 में संयोग से कहीं अधिक)।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="369"/>
        <source>Training made the model better on %1 of %2 tests, on the same questions.</source>
        <translation>प्रशिक्षण ने मॉडल को %2 में से %1 जाँचों में बेहतर बनाया, उन्हीं प्रश्नों पर।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="386"/>
        <source>Tests with too few questions (under %2) to compare with the published scores: %1.</source>
        <translation>प्रकाशित अंकों से तुलना के लिए बहुत कम प्रश्नों (%2 से कम) वाली जाँचें: %1।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="392"/>
        <source>On ECInstruct&apos;s public test, the questions of the published table, every test had too few questions (under %2) to compare with %1.</source>
        <translation>ECInstruct की सार्वजनिक जाँच में, प्रकाशित तालिका के प्रश्नों पर, हर जाँच में %1 से तुलना के लिए बहुत कम प्रश्न (%2 से कम) थे।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="395"/>
        <source>As a rough guide only: %1&apos;s published scores come from ECInstruct&apos;s questions, not your shop&apos;s; every test had too few questions (under %2) to compare with them.</source>
        <translation>केवल मोटे अनुमान के लिए: %1 के प्रकाशित अंक ECInstruct के प्रश्नों से हैं, आपकी दुकान के नहीं; हर जाँच में उनसे तुलना के लिए बहुत कम प्रश्न (%2 से कम) थे।</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="448"/>
        <source>Computed in:</source>
        <translation>गणना का प्रारूप:</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="538"/>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="539"/>
        <source>The model said</source>
        <translation>मॉडल ने कहा</translation>
    </message>
    <message>
        <location filename="../core/project/services/report.cpp" line="554"/>
        <source>Sources of the published scores</source>
        <translation>प्रकाशित स्कोर के स्रोत</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="41"/>
        <source> + run %1</source>
        <translation> + रन %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="43"/>
        <source> + adapter %1</source>
        <translation> + एडैप्टर %1</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="44"/>
        <source> (base)</source>
        <translation> (मूल)</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="149"/>
        <source>ShopTuner comparison</source>
        <translation>ShopTuner तुलना</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="152"/>
        <source>in-domain test sets (the shop&apos;s own products)</source>
        <translation>इन-डोमेन परीक्षण सेट (दुकान के अपने उत्पाद)</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="154"/>
        <source>out-of-domain test sets (product categories left out of training)</source>
        <translation>आउट-ऑफ़-डोमेन परीक्षण सेट (प्रशिक्षण से बाहर रखी गई उत्पाद श्रेणियाँ)</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="155"/>
        <source>all test sets</source>
        <translation>सभी परीक्षण सेट</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="157"/>
        <source>Models compared task by task</source>
        <translation>मॉडलों की कार्य-दर-कार्य तुलना</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="158"/>
        <source>Scope:</source>
        <translation>दायरा:</translation>
    </message>
    <message>
        <location filename="../core/project/services/comparison.cpp" line="192"/>
        <source>In brackets: the 95% interval from resampling the test items. Bold: the best model on that row. Published scores appear only where the metric is the one the tables use.</source>
        <translation>कोष्ठक में: परीक्षण प्रश्नों के पुनः नमूने से 95% अंतराल। मोटे अक्षर: उस पंक्ति का सबसे अच्छा मॉडल। प्रकाशित अंक केवल वहीं दिखते हैं जहाँ मापदंड तालिकाओं वाला ही है।</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="42"/>
        <source>Find colours, sizes, materials</source>
        <translation>रंग, आकार, सामग्री खोजें</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="43"/>
        <source>Tell which products go together</source>
        <translation>पहचानना कि कौन-से उत्पाद साथ में चलते हैं</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="44"/>
        <source>Spot duplicate listings</source>
        <translation>दोहरी लिस्टिंग पहचानें</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="45"/>
        <source>Read how a review feels</source>
        <translation>समीक्षा का भाव समझना</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="46"/>
        <source>Guess what a customer buys next</source>
        <translation>अनुमान लगाना कि ग्राहक आगे क्या खरीदेगा</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="47"/>
        <source>Judge if a product fits a search</source>
        <translation>आँकें कि उत्पाद खोज से मेल खाता है या नहीं</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="48"/>
        <source>Find substitutes for a search</source>
        <translation>किसी खोज के लिए विकल्प ढूँढना</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="49"/>
        <source>Rank products for a search</source>
        <translation>किसी खोज के लिए उत्पादों को क्रम में लगाना</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="50"/>
        <source>Tell if reviews answer a question</source>
        <translation>बताएँ कि समीक्षाएँ प्रश्न का उत्तर देती हैं या नहीं</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="51"/>
        <source>Answer customer questions</source>
        <translation>ग्राहकों के प्रश्नों के उत्तर दें</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="70"/>
        <source>%1, %2 in ECInstruct and the published tables</source>
        <translation>%1, ECInstruct और प्रकाशित तालिकाओं में %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="77"/>
        <source>new categories</source>
        <translation>नई श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="79"/>
        <source>new wording</source>
        <translation>नए शब्दों में</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="80"/>
        <source>your products</source>
        <translation>आपके उत्पाद</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="86"/>
        <source>Questions about product categories the model never saw in training: does it carry over?</source>
        <translation>उन उत्पाद श्रेणियों के प्रश्न जिन्हें मॉडल ने प्रशिक्षण में कभी नहीं देखा: क्या सीखा हुआ काम आता है?</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="89"/>
        <source>Questions about your products, asked in a wording the model never saw in training</source>
        <translation>आपके उत्पादों के प्रश्न, ऐसे शब्दों में जो मॉडल ने प्रशिक्षण में कभी नहीं देखे</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="91"/>
        <source>Questions about your products, kept aside from training so the model sees them for the first time</source>
        <translation>आपके उत्पादों के प्रश्न, प्रशिक्षण से अलग रखे गए ताकि मॉडल उन्हें पहली बार देखे</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="98"/>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="100"/>
        <source>Checking during training</source>
        <translation>प्रशिक्षण के दौरान जाँच</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="102"/>
        <source>Test</source>
        <translation>परीक्षण</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="109"/>
        <location filename="../core/project/services/task_words.cpp" line="110"/>
        <source>share right</source>
        <translation>सही का अनुपात</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="111"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="112"/>
        <source>F1, balanced</source>
        <translation>F1, संतुलित</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="113"/>
        <source>ranking (NDCG)</source>
        <translation>रैंकिंग (NDCG)</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="114"/>
        <source>wording (ROUGE-L)</source>
        <translation>शब्द (ROUGE-L)</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="115"/>
        <source>meaning (BERTScore)</source>
        <translation>अर्थ (BERTScore)</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="124"/>
        <source>The share of questions answered right.</source>
        <translation>सही उत्तर दिए गए प्रश्नों का अनुपात।</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="126"/>
        <source>F1 balances two things: how many of the right answers the model gives, and how few wrong ones it adds. 100% means it gives exactly the right answers.</source>
        <translation>F1 दो बातों को तौलता है: मॉडल कितने सही उत्तर देता है, और कितने कम गलत उत्तर जोड़ता है। 100% का अर्थ है कि वह ठीक सही उत्तर देता है।</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="130"/>
        <source>F1 for each possible answer (for example positive, neutral, negative), averaged, so a model that always gives the commonest answer scores low. 100% means every answer right.</source>
        <translation>हर संभव उत्तर (जैसे सकारात्मक, तटस्थ, नकारात्मक) का F1, औसत निकालकर, ताकि हमेशा सबसे आम उत्तर देने वाला मॉडल कम अंक पाए। 100% का अर्थ है हर उत्तर सही।</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="134"/>
        <source>How close the model&apos;s order of products is to the best order: the best products near the top count most. 100% means the best possible order.</source>
        <translation>मॉडल का उत्पाद-क्रम सबसे अच्छे क्रम के कितना पास है: सबसे ऊपर के अच्छे उत्पाद सबसे अधिक गिने जाते हैं। 100% का अर्थ है सबसे अच्छा संभव क्रम।</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="138"/>
        <source>How much of the wording the model&apos;s answer shares with the shop&apos;s own answer. Good answers in other words score low, so treat it as a rough sign.</source>
        <translation>मॉडल के उत्तर के कितने शब्द दुकान के अपने उत्तर से मिलते हैं। दूसरे शब्दों में दिए गए अच्छे उत्तर कम अंक पाते हैं, इसलिए इसे मोटा संकेत मानें।</translation>
    </message>
    <message>
        <location filename="../core/project/services/task_words.cpp" line="142"/>
        <source>How close the model&apos;s answer is in meaning to the shop&apos;s own answer, as a large language encoder judges it. Unrelated sentences still score about 83%, so differences near the top matter.</source>
        <translation>मॉडल का उत्तर अर्थ में दुकान के अपने उत्तर के कितना पास है, जैसा एक बड़ा भाषा एन्कोडर आँकता है। असंबंधित वाक्य भी लगभग 83% पाते हैं, इसलिए ऊपर के पास के अंतर मायने रखते हैं।</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../ui/token_store.cpp" line="74"/>
        <location filename="../ui/token_store.cpp" line="93"/>
        <source>the system keychain</source>
        <translation>सिस्टम कीचेन</translation>
    </message>
</context>
<context>
    <name>TrainJob</name>
    <message>
        <location filename="../core/project/jobs/train_job.cpp" line="123"/>
        <source>Loading the model and the examples</source>
        <translation>मॉडल और उदाहरण लोड हो रहे हैं</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/train_job.cpp" line="144"/>
        <source>Learning step %1 of %2</source>
        <translation>सीखने का चरण %2 में से %1</translation>
    </message>
</context>
<context>
    <name>WorkExport</name>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="49"/>
        <source>Could not write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="51"/>
        <source>Choose another folder, one you can write to.</source>
        <translation>कोई दूसरा फ़ोल्डर चुनें, जिसमें आप लिख सकें।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="88"/>
        <source>written</source>
        <translation>लिखा गया</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="90"/>
        <source>not written: the file has no row for this product</source>
        <translation>नहीं लिखा गया: फ़ाइल में इस उत्पाद की कोई पंक्ति नहीं है</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="92"/>
        <source>not written: the file has no column for this attribute</source>
        <translation>नहीं लिखा गया: फ़ाइल में इस विशेषता का कोई कॉलम नहीं है</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="94"/>
        <source>not written: the cell has a value in the file now</source>
        <translation>नहीं लिखा गया: फ़ाइल में इस खाने में अब एक मान है</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="147"/>
        <source>%1 is a JSON file; ShopTuner writes catalogs back as CSV or TSV only, so its changes are in the change list for you to enter in your shop.</source>
        <translation>%1 एक JSON फ़ाइल है; ShopTuner कैटलॉग केवल CSV या TSV के रूप में वापस लिखता है, इसलिए इसके बदलाव बदलाव-सूची में हैं, ताकि आप उन्हें अपनी दुकान में दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="178"/>
        <source>%1 of %2 accepted values could not be written into %3; the change list says why.</source>
        <translation>%2 में से %1 स्वीकार किए गए मान %3 में नहीं लिखे जा सके; बदलाव-सूची में कारण लिखा है।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="189"/>
        <source>not written: enter it in your shop</source>
        <translation>नहीं लिखा गया: इसे अपनी दुकान में दर्ज करें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="194"/>
        <location filename="../core/project/services/work/work_export.cpp" line="230"/>
        <location filename="../core/project/services/work/work_export.cpp" line="276"/>
        <location filename="../core/project/services/work/work_export.cpp" line="327"/>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="194"/>
        <location filename="../core/project/services/work/work_export.cpp" line="231"/>
        <location filename="../core/project/services/work/work_export.cpp" line="277"/>
        <location filename="../core/project/services/work/work_export.cpp" line="327"/>
        <location filename="../core/project/services/work/work_export.cpp" line="365"/>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="195"/>
        <source>Attribute</source>
        <translation>विशेषता</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="195"/>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="196"/>
        <source>Was</source>
        <translation>पहले</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="196"/>
        <source>Now</source>
        <translation>अब</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="197"/>
        <location filename="../core/project/services/work/work_export.cpp" line="229"/>
        <location filename="../core/project/services/work/work_export.cpp" line="280"/>
        <location filename="../core/project/services/work/work_export.cpp" line="332"/>
        <location filename="../core/project/services/work/work_export.cpp" line="368"/>
        <source>Confidence</source>
        <translation>भरोसा</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="198"/>
        <source>Written</source>
        <translation>लिखा गया</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="66"/>
        <source>checked</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="86"/>
        <source>written as “%1”, the entry your shop uses</source>
        <translation>“%1” के रूप में लिखा गया, वह प्रविष्टि जो आपकी दुकान उपयोग करती है</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="96"/>
        <source>not written: the file&apos;s encoding has no “%1”; enter it in your shop, or save the file as UTF-8 and import it again</source>
        <translation>नहीं लिखा गया: फ़ाइल की एन्कोडिंग में “%1” नहीं है; इसे अपनी दुकान में दर्ज करें, या फ़ाइल को UTF-8 में सहेजकर फिर से इम्पोर्ट करें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="103"/>
        <source>not written: Shopify takes only values set up in your shop for this field, and no product in the file has one yet; set it on the product in Shopify</source>
        <translation>नहीं लिखा गया: Shopify इस फ़ील्ड के लिए केवल वही मान लेता है जो आपकी दुकान में बनाए गए हैं, और फ़ाइल के किसी भी उत्पाद में अभी तक कोई मान नहीं है; इसे Shopify में उत्पाद पर सेट करें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="106"/>
        <source>not written: Shopify takes only values set up in your shop for this field, and the file uses no “%1”; set it on the product in Shopify, or edit the suggestion to one the file uses: %2</source>
        <translation>नहीं लिखा गया: Shopify इस फ़ील्ड के लिए केवल वही मान लेता है जो आपकी दुकान में बनाए गए हैं, और फ़ाइल में “%1” कहीं उपयोग नहीं हुआ है; इसे Shopify में उत्पाद पर सेट करें, या सुझाव को फ़ाइल में उपयोग हुए किसी मान में बदलें: %2</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="228"/>
        <source>Sentiment</source>
        <translation>भावना</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="229"/>
        <source>Stars</source>
        <translation>तारे</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="230"/>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="231"/>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="232"/>
        <source>Review title</source>
        <translation>समीक्षा का शीर्षक</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="233"/>
        <location filename="../core/project/services/work/work_export.cpp" line="277"/>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="234"/>
        <location filename="../core/project/services/work/work_export.cpp" line="281"/>
        <location filename="../core/project/services/work/work_export.cpp" line="333"/>
        <location filename="../core/project/services/work/work_export.cpp" line="369"/>
        <source>Checked by you</source>
        <translation>आपके द्वारा जाँचा गया</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="276"/>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="278"/>
        <source>Reviews answer it</source>
        <translation>समीक्षाएँ उत्तर देती हैं</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="279"/>
        <source>Draft answer</source>
        <translation>उत्तर का मसौदा</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="328"/>
        <source>Other product</source>
        <translation>दूसरा उत्पाद</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="329"/>
        <location filename="../core/project/services/work/work_export.cpp" line="367"/>
        <source>Its title</source>
        <translation>उसका शीर्षक</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="330"/>
        <source>Same product</source>
        <translation>वही उत्पाद</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="331"/>
        <source>Can stand in for it</source>
        <translation>इसकी जगह ले सकता है</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="363"/>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="363"/>
        <source>Searches</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="364"/>
        <source>Place</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="364"/>
        <source>Shown now</source>
        <translation>अभी दिखाया जाता है</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="366"/>
        <source>The model&apos;s choice</source>
        <translation>मॉडल का चुनाव</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_export.cpp" line="405"/>
        <source>The project has no job %1.</source>
        <translation>प्रोजेक्ट में काम %1 नहीं है।</translation>
    </message>
</context>
<context>
    <name>WorkJob</name>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="89"/>
        <source>The project has no job %1 to continue.</source>
        <translation>प्रोजेक्ट में जारी रखने के लिए काम %1 नहीं है।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="103"/>
        <source>There is no job called “%1”.</source>
        <translation>“%1” नाम का कोई काम नहीं है।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="104"/>
        <source>Choose one of: %1.</source>
        <translation>इनमें से एक चुनें: %1।</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="107"/>
        <source>Finding what needs doing</source>
        <translation>देखा जा रहा है कि क्या करना है</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="156"/>
        <source>Loading the model</source>
        <translation>मॉडल लोड हो रहा है</translation>
    </message>
    <message>
        <location filename="../core/project/jobs/work_job.cpp" line="231"/>
        <source>%1: %2 of %3 asked (%4 per second)</source>
        <translation>%1: %3 में से %2 पूछे गए (%4 प्रति सेकंड)</translation>
    </message>
</context>
<context>
    <name>WorkKind</name>
    <message>
        <location filename="../core/project/services/work/fill_attributes.cpp" line="64"/>
        <source>Fill missing attributes</source>
        <translation>छूटी हुई विशेषताएँ भरें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/triage_reviews.cpp" line="22"/>
        <source>Triage reviews</source>
        <translation>समीक्षाएँ छाँटें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/draft_answers.cpp" line="27"/>
        <source>Draft answers to questions</source>
        <translation>प्रश्नों के उत्तर का मसौदा बनाएँ</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/find_duplicates.cpp" line="75"/>
        <source>Find duplicate and substitute listings</source>
        <translation>दोहराई गई और विकल्प लिस्टिंग खोजें</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/search_ranking.cpp" line="35"/>
        <source>Rank search results</source>
        <translation>खोज परिणाम क्रम में लगाएँ</translation>
    </message>
</context>
<context>
    <name>WorkTrust</name>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="37"/>
        <source>When tested on your kept-aside examples, this model got %1 of %2 questions of “%3” right.</source>
        <translation>आपके अलग रखे गए उदाहरणों पर जाँच में इस मॉडल ने “%3” के %2 में से %1 प्रश्न सही किए।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="44"/>
        <source>When tested on your kept-aside examples, this model scored %1 at “%2” (%3 questions).</source>
        <translation>आपके अलग रखे गए उदाहरणों पर जाँच में इस मॉडल ने “%2” में %1 अंक पाए (%3 प्रश्न)।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="51"/>
        <source>That is too few questions to tell how far to trust it.</source>
        <translation>यह बताने के लिए कि इस पर कितना भरोसा करें, ये प्रश्न बहुत कम हैं।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="54"/>
        <source>It is weak at this task: check every suggestion.</source>
        <translation>यह इस काम में कमज़ोर है: हर सुझाव जाँचें।</translation>
    </message>
    <message>
        <location filename="../core/project/services/work/work_trust.cpp" line="57"/>
        <source>This model has not been tested on “%1” yet: test it on the Results page to know how far to trust its suggestions.</source>
        <translation>इस मॉडल की “%1” पर अभी जाँच नहीं हुई है: इसके सुझावों पर कितना भरोसा करें, यह जानने के लिए परिणाम पृष्ठ पर इसकी जाँच करें।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Fine-tune a small language model on your own shop&apos;s data.</source>
        <translation>अपनी दुकान के डेटा पर एक छोटे भाषा मॉडल को फ़ाइन-ट्यून करें।</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Open the bundled demo shop (made on first use).</source>
        <translation>साथ आई डेमो दुकान खोलें (पहली बार उपयोग पर बनाई जाती है)।</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>A .shoptuner project file to open.</source>
        <translation>खोलने के लिए एक .shoptuner प्रोजेक्ट फ़ाइल।</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>ShopTuner is shown in English: no font on this computer can show %1. Install one (on Debian or Ubuntu: sudo apt install fonts-noto-core) and start ShopTuner again.</source>
        <translation>ShopTuner अंग्रेज़ी में दिख रहा है: इस कंप्यूटर का कोई फ़ॉन्ट %1 नहीं दिखा सकता। एक फ़ॉन्ट इंस्टॉल करें (Debian या Ubuntu पर: sudo apt install fonts-noto-core) और ShopTuner फिर से शुरू करें।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::BenchmarkRunner</name>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="33"/>
        <source>Test on the public &amp;benchmark</source>
        <translation>सार्वजनिक &amp;बेंचमार्क पर परीक्षण करें</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="34"/>
        <source>Show the benchmark report</source>
        <translation>बेंचमार्क रिपोर्ट दिखाएँ</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="40"/>
        <source>ECInstruct&apos;s own test questions, the ones the published figures were measured on: a like-for-like comparison (about 530 MB downloaded once)</source>
        <translation>ECInstruct के अपने परीक्षण प्रश्न, जिन पर प्रकाशित आँकड़े मापे गए थे: एक समान तुलना (लगभग 530 MB, एक बार डाउनलोड)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="83"/>
        <source>Train a model first; then test it here on the public benchmark.</source>
        <translation>पहले एक मॉडल प्रशिक्षित करें; फिर यहाँ सार्वजनिक बेंचमार्क पर उसका परीक्षण करें।</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="124"/>
        <source>Stopped; what was downloaded is kept for the next try.</source>
        <translation>रोका गया; जो डाउनलोड हुआ वह अगले प्रयास के लिए रखा गया है।</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="138"/>
        <source>Fetching ECInstruct&apos;s test questions from Hugging Face…</source>
        <translation>Hugging Face से ECInstruct के परीक्षण प्रश्न लाए जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="145"/>
        <source>The benchmark could not be downloaded</source>
        <translation>बेंचमार्क डाउनलोड नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="153"/>
        <source>Reading the test questions into %1…</source>
        <translation>परीक्षण प्रश्न %1 में पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="159"/>
        <source>The benchmark could not be read</source>
        <translation>बेंचमार्क पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="165"/>
        <source>Testing the model on the public benchmark…</source>
        <translation>सार्वजनिक बेंचमार्क पर मॉडल का परीक्षण हो रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="167"/>
        <source>The benchmark test stopped with an error</source>
        <translation>बेंचमार्क परीक्षण एक त्रुटि के साथ रुक गया</translation>
    </message>
    <message>
        <location filename="../ui/benchmark_runner.cpp" line="190"/>
        <source>The public benchmark</source>
        <translation>सार्वजनिक बेंचमार्क</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ChatPanel</name>
    <message>
        <location filename="../ui/chat_panel.cpp" line="41"/>
        <source>&amp;Send</source>
        <translation>&amp;भेजें</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="42"/>
        <source>S&amp;top</source>
        <translation>&amp;रोकें</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="166"/>
        <source>&amp;Copy answer</source>
        <translation>उत्तर &amp;कॉपी करें</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="43"/>
        <source>New c&amp;onversation</source>
        <translation>&amp;नई बातचीत</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="164"/>
        <source>Answer with</source>
        <translation>उत्तर देने वाला मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="74"/>
        <source>Example questions</source>
        <translation>उदाहरण प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="171"/>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="76"/>
        <source>Ask something, e.g. about a product or a review… (Ctrl+Enter sends)</source>
        <translation>कुछ पूछें, जैसे किसी उत्पाद या समीक्षा के बारे में… (Ctrl+Enter से भेजें)</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="44"/>
        <source>Side &amp;by side</source>
        <translation>साथ-&amp;साथ</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="77"/>
        <source>Your message</source>
        <translation>आपका संदेश</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="83"/>
        <source>Ask two models the same thing and see their answers next to each other, e.g. the trained model and the model before training</source>
        <translation>दो मॉडलों से एक ही बात पूछें और उनके उत्तर साथ-साथ देखें, जैसे प्रशिक्षित मॉडल और प्रशिक्षण से पहले का मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="90"/>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="99"/>
        <source>0 always gives the most likely answer; higher values vary more</source>
        <translation>0 हमेशा सबसे संभावित उत्तर देता है; ज़्यादा मान से उत्तरों में ज़्यादा विविधता आती है</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="102"/>
        <source>The longest answer, in tokens</source>
        <translation>सबसे लंबा उत्तर, tokens में</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="103"/>
        <source>Creativity (temperature):</source>
        <translation>रचनात्मकता (temperature):</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="104"/>
        <source>Longest answer:</source>
        <translation>सबसे लंबा उत्तर:</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="164"/>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="167"/>
        <source>Copies this column&apos;s last answer</source>
        <translation>इस कॉलम का अंतिम उत्तर कॉपी करता है</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="171"/>
        <source>Conversation with the second model</source>
        <translation>दूसरे मॉडल के साथ बातचीत</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="174"/>
        <source>Answer with:</source>
        <translation>उत्तर देने वाला मॉडल:</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="174"/>
        <source>Compare with:</source>
        <translation>इससे तुलना करें:</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="187"/>
        <source>Ready: %1</source>
        <translation>तैयार: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="193"/>
        <source>Problem: %1</source>
        <translation>समस्या: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="208"/>
        <location filename="../ui/chat_panel.cpp" line="215"/>
        <source>Stopped.</source>
        <translation>रोका गया।</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="208"/>
        <source>%1 tokens per second</source>
        <translation>%1 tokens प्रति सेकंड</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="279"/>
        <source>Trained model, run %1 (%2)</source>
        <translation>प्रशिक्षित मॉडल, प्रशिक्षण %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="282"/>
        <source>Base model, untrained (%1)</source>
        <translation>मूल मॉडल, बिना प्रशिक्षण का (%1)</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="303"/>
        <source>Choose a model (and train it) first.</source>
        <translation>पहले कोई मॉडल चुनें (और उसे प्रशिक्षित करें)।</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="318"/>
        <source>Loading the model…</source>
        <translation>मॉडल लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="328"/>
        <source>Try an example…</source>
        <translation>कोई उदाहरण आज़माएँ…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="339"/>
        <source>Colour, size and material of “%1”</source>
        <translation>“%1” का रंग, आकार और सामग्री</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="340"/>
        <source>Which colour, size and material does this product have? %1</source>
        <translation>इस उत्पाद का रंग, साइज़ और सामग्री क्या है? %1</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="344"/>
        <source>How a review feels</source>
        <translation>समीक्षा का भाव</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="345"/>
        <source>Is this review very positive, positive, neutral, negative or very negative? &quot;%1&quot;</source>
        <translation>क्या यह समीक्षा बहुत सकारात्मक, सकारात्मक, तटस्थ, नकारात्मक या बहुत नकारात्मक है? &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="348"/>
        <source>A customer&apos;s question</source>
        <translation>ग्राहक का एक प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="349"/>
        <source>A customer asks about &quot;%1&quot;: is it a good gift? Answer in two sentences.</source>
        <translation>एक ग्राहक &quot;%1&quot; के बारे में पूछता है: क्या यह एक अच्छा उपहार है? दो वाक्यों में उत्तर दें।</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="370"/>
        <location filename="../ui/chat_panel.cpp" line="388"/>
        <source>Answering…</source>
        <translation>उत्तर दिया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="370"/>
        <source>Waiting for the first answer…</source>
        <translation>पहले उत्तर की प्रतीक्षा…</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="447"/>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location filename="../ui/chat_panel.cpp" line="447"/>
        <location filename="../ui/chat_panel.cpp" line="452"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ComparePanel</name>
    <message>
        <location filename="../ui/compare_panel.cpp" line="60"/>
        <source>Tests to compare</source>
        <translation>तुलना के लिए परीक्षण</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="61"/>
        <source>Tick the tests to set side by side: the base model, trained runs, other models</source>
        <translation>जिन परीक्षणों को साथ-साथ देखना है उन्हें चुनें: मूल मॉडल, प्रशिक्षित रन, अन्य मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="63"/>
        <source>Test sets</source>
        <translation>परीक्षण सेट</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="64"/>
        <source>All test sets</source>
        <translation>सभी परीक्षण सेट</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="65"/>
        <source>Your products (in-domain)</source>
        <translation>आपके उत्पाद (इन-डोमेन)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="66"/>
        <source>New categories (out-of-domain)</source>
        <translation>नई श्रेणियाँ (आउट-ऑफ़-डोमेन)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="67"/>
        <source>In-domain: products like those trained on. Out-of-domain: product categories kept out of training, to see whether the model generalises</source>
        <translation>इन-डोमेन: प्रशिक्षण जैसे उत्पाद। आउट-ऑफ़-डोमेन: प्रशिक्षण से बाहर रखी गई उत्पाद श्रेणियाँ, यह देखने के लिए कि मॉडल सामान्यीकरण करता है या नहीं</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="91"/>
        <source>Published &amp;models</source>
        <translation>प्रकाशित &amp;मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="92"/>
        <source>Published scores drawn as reference lines and listed in the table</source>
        <translation>प्रकाशित अंक संदर्भ रेखाओं के रूप में चार्ट में और तालिका में</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="73"/>
        <location filename="../ui/compare_panel.cpp" line="77"/>
        <source>Scores per task and model</source>
        <translation>हर कार्य और मॉडल के अंक</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="107"/>
        <source>&amp;Test sets:</source>
        <translation>परीक्षण &amp;सेट:</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="123"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="123"/>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="124"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="124"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="125"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="125"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>स्प्रेडशीट (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="130"/>
        <source>%1 comparison</source>
        <translation>%1 तुलना</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="146"/>
        <source>T&amp;ests to compare:</source>
        <translation>तुलना के लिए परी&amp;क्षण:</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="214"/>
        <source>%1
Model: %2
Adapter: %3
Tested: %4 (%5)</source>
        <translation>%1
मॉडल: %2
एडैप्टर: %3
परीक्षण: %4 (%5)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="215"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="218"/>
        <source>Computed in: %1</source>
        <translation>गणना का प्रारूप: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="246"/>
        <source>Nothing to compare yet: test a model on the Results page (Verdict) first.</source>
        <translation>अभी तुलना के लिए कुछ नहीं: पहले परिणाम पृष्ठ (निर्णय) पर किसी मॉडल का परीक्षण करें।</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="248"/>
        <source>Tick one or more tests on the left.</source>
        <translation>बाईं ओर एक या अधिक परीक्षण चुनें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare_panel.cpp" line="250"/>
        <source>%n test(s) compared over %1 task rows. Bold: the best on that row; dashed lines: published scores where the metric matches.</source>
        <translation>
            <numerusform>%n परीक्षण की %1 कार्य पंक्तियों पर तुलना। मोटे अक्षर: पंक्ति में सबसे अच्छा; धराशायी रेखाएँ: जहाँ मापदंड मेल खाता है वहाँ प्रकाशित अंक।</numerusform>
            <numerusform>%n परीक्षणों की %1 कार्य पंक्तियों पर तुलना। मोटे अक्षर: पंक्ति में सबसे अच्छा; धराशायी रेखाएँ: जहाँ मापदंड मेल खाता है वहाँ प्रकाशित अंक।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Test</source>
        <translation>परीक्षण</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="263"/>
        <source>Metric</source>
        <translation>माप</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="284"/>
        <source>The metric of the published tables</source>
        <translation>प्रकाशित तालिकाओं का मापदंड</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="285"/>
        <source>Not the published metric: no published scores on this row</source>
        <translation>प्रकाशित मापदंड नहीं: इस पंक्ति में कोई प्रकाशित अंक नहीं</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="289"/>
        <source>This test did not score this task</source>
        <translation>इस परीक्षण ने यह कार्य नहीं आँका</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="293"/>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="296"/>
        <source>%1 questions, %2 answers unusable (they matched none of the allowed answers); in brackets the range the true score likely lies in</source>
        <translation>%1 प्रश्न, %2 उत्तर काम के नहीं (वे किसी मान्य उत्तर से मेल नहीं खाए); कोष्ठक में वह दायरा जिसमें सही अंक संभवतः है</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="333"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="378"/>
        <source>Score (100% is perfect)</source>
        <translation>अंक (100% पूर्ण है)</translation>
    </message>
    <message>
        <location filename="../ui/compare_panel.cpp" line="395"/>
        <source>ShopTuner comparison</source>
        <translation>ShopTuner तुलना</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::DemoShop</name>
    <message>
        <location filename="../ui/demo_shop.cpp" line="81"/>
        <source>The demo shop was not finished.</source>
        <translation>डेमो दुकान पूरी तरह तैयार नहीं हो पाई।</translation>
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
        <translation>मॉडल फ़ाइल और Modelfile वाला एक फ़ोल्डर; फिर चलाएँ: ollama create my-shop -f Modelfile</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="41"/>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="42"/>
        <source>Placed straight into LM Studio&apos;s models folder; it appears in LM Studio&apos;s model list</source>
        <translation>सीधे LM Studio के मॉडल फ़ोल्डर में रखा जाता है; यह LM Studio की मॉडल सूची में दिखता है</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="44"/>
        <source>llama.cpp (one GGUF file)</source>
        <translation>llama.cpp (एक GGUF फ़ाइल)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="45"/>
        <source>One file for llama.cpp, llama-server, GPT4All, Jan and other tools that read GGUF</source>
        <translation>llama.cpp, llama-server, GPT4All, Jan और GGUF पढ़ने वाले अन्य टूल के लिए एक फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="47"/>
        <source>Hugging Face folder</source>
        <translation>Hugging Face फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="48"/>
        <source>The model with the training merged in, for Transformers, vLLM or uploading to the Hub</source>
        <translation>प्रशिक्षण मिलाया हुआ मॉडल, Transformers, vLLM या Hub पर अपलोड के लिए</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="50"/>
        <source>The adapter alone (PEFT)</source>
        <translation>केवल एडैप्टर (PEFT)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="51"/>
        <source>A few megabytes: only what training changed, with a model card; needs the base model to run</source>
        <translation>कुछ मेगाबाइट: केवल वह जो प्रशिक्षण ने बदला, मॉडल कार्ड के साथ; चलाने के लिए मूल मॉडल चाहिए</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="68"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;चुनें…</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="69"/>
        <source>&amp;Export</source>
        <translation>&amp;निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="70"/>
        <source>&amp;Open the folder</source>
        <translation>फ़ोल्डर &amp;खोलें</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="74"/>
        <source>Export the model</source>
        <translation>मॉडल निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="77"/>
        <source>Export %1 (not trained) for the program that will run it.</source>
        <translation>%1 (अप्रशिक्षित) को उस प्रोग्राम के लिए निर्यात करें जो इसे चलाएगा।</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="78"/>
        <source>Export %1 with what training run %2 taught it, for the program that will run it.</source>
        <translation>%1 को प्रशिक्षण रन %2 की सीख के साथ उस प्रोग्राम के लिए निर्यात करें जो इसे चलाएगा।</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="84"/>
        <source>Where the model will run</source>
        <translation>मॉडल कहाँ चलेगा</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="95"/>
        <source>Precision</source>
        <translation>सटीकता</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="103"/>
        <source>The model&apos;s name in the files (and in Ollama or LM Studio)</source>
        <translation>फ़ाइलों में (और Ollama या LM Studio में) मॉडल का नाम</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="105"/>
        <source>Save to</source>
        <translation>यहाँ सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="117"/>
        <source>&amp;Precision:</source>
        <translation>&amp;सटीकता:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="118"/>
        <source>&amp;Name:</source>
        <translation>&amp;नाम:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="119"/>
        <source>&amp;Save to:</source>
        <translation>यहाँ &amp;सहेजें:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="162"/>
        <source>Half precision (F16), the usual choice</source>
        <translation>आधी सटीकता (F16), सामान्य विकल्प</translation>
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
        <translation>पूरी सटीकता (F32), दोगुना आकार</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="166"/>
        <source>8-bit (Q8_0): half the size of F16, answers nearly the same</source>
        <translation>8-बिट (Q8_0): F16 का आधा आकार, लगभग वही उत्तर</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="167"/>
        <source>4-bit (Q4_0): a third of F16&apos;s size, answers may change a little</source>
        <translation>4-बिट (Q4_0): F16 के आकार का एक तिहाई, उत्तर थोड़े बदल सकते हैं</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="168"/>
        <source>Half precision (F16)</source>
        <translation>आधी सटीकता (F16)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="170"/>
        <source>Full precision (F32), largest</source>
        <translation>पूरी सटीकता (F32), सबसे बड़ा</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="190"/>
        <source>Save the GGUF file</source>
        <translation>GGUF फ़ाइल सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="190"/>
        <source>GGUF (*.gguf)</source>
        <translation>GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="193"/>
        <source>LM Studio&apos;s models folder</source>
        <translation>LM Studio का मॉडल फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="193"/>
        <source>The folder to create it in</source>
        <translation>वह फ़ोल्डर जिसमें इसे बनाना है</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="219"/>
        <location filename="../ui/export_dialog.cpp" line="223"/>
        <location filename="../ui/export_dialog.cpp" line="305"/>
        <source>Cannot export</source>
        <translation>निर्यात नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="219"/>
        <source>Give the model a name and a place to save it.</source>
        <translation>मॉडल को एक नाम और सहेजने की जगह दें।</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="224"/>
        <source>%1 exists already. Choose another name; ShopTuner never overwrites an export.</source>
        <translation>%1 पहले से मौजूद है। कोई दूसरा नाम चुनें; ShopTuner कभी किसी निर्यात को अधिलेखित नहीं करता।</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="248"/>
        <source>&lt;p&gt;&lt;b&gt;Done.&lt;/b&gt; Checked before saying so:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;हो गया।&lt;/b&gt; यह कहने से पहले जाँचा गया:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="251"/>
        <source>Files:</source>
        <translation>फ़ाइलें:</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="255"/>
        <source>&lt;p&gt;In a terminal: &lt;code&gt;cd &quot;%1&quot; &amp;amp;&amp;amp; ollama create %2 -f Modelfile&lt;/code&gt;, then &lt;code&gt;ollama run %2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;टर्मिनल में: &lt;code&gt;cd &quot;%1&quot; &amp;amp;&amp;amp; ollama create %2 -f Modelfile&lt;/code&gt;, फिर &lt;code&gt;ollama run %2&lt;/code&gt;।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="264"/>
        <source>&lt;p&gt;&lt;b&gt;The export did not finish;&lt;/b&gt; nothing was left under its name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;निर्यात पूरा नहीं हुआ;&lt;/b&gt; उसके नाम से कुछ नहीं छोड़ा गया।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="265"/>
        <source>The export stopped</source>
        <translation>निर्यात रुक गया</translation>
    </message>
    <message>
        <location filename="../ui/export_dialog.cpp" line="268"/>
        <source>&lt;p&gt;Cancelled; nothing was left under its name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;रद्द किया गया; उसके नाम से कुछ नहीं छोड़ा गया।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::HelpDialog</name>
    <message>
        <location filename="../ui/help_dialog.cpp" line="14"/>
        <source>&lt;h2&gt;Getting started&lt;/h2&gt;&lt;p&gt;ShopTuner teaches a small language model the everyday work of your shop, on this computer: reading how a review feels, finding colours and sizes in product texts, answering customers&apos; questions. Your data never leaves the computer.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import files&lt;/b&gt;: the product catalogue, reviews, questions, search and order logs as your shop system exports them (CSV or JSON). ShopTuner proposes which column holds what; check it and import.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training examples&lt;/b&gt;: ShopTuner turns your data into questions with their right answers, one kind per task, and keeps some aside to test the model later. Personal data (e-mail addresses, phone numbers, order numbers, names) is removed first.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: choose the model to teach. Smaller models train faster; the page says which fit this computer&apos;s memory, and downloads one for you.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training plan&lt;/b&gt;: Quick, Balanced or Thorough, with the time and memory it will take.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Training&lt;/b&gt;: the model learns from your examples. The curve should fall. You can pause and resume, even after closing ShopTuner.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Results&lt;/b&gt;: the trained model answers the questions kept aside, and ShopTuner says task by task how well, beside the model before training and well-known published models.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Chat&lt;/b&gt; with the model, or &lt;b&gt;export&lt;/b&gt; it for Ollama, LM Studio or llama.cpp.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;शुरुआत&lt;/h2&gt;&lt;p&gt;ShopTuner एक छोटे भाषा मॉडल को आपकी दुकान का रोज़ का काम सिखाता है, इसी कंप्यूटर पर: समीक्षा का भाव पढ़ना, उत्पाद के विवरण में रंग और आकार खोजना, ग्राहकों के प्रश्नों के उत्तर देना। आपका डेटा कभी इस कंप्यूटर से बाहर नहीं जाता।&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;फाइलें आयात करें&lt;/b&gt;: उत्पाद कैटलॉग, समीक्षाएँ, प्रश्न, खोज और ऑर्डर लॉग, जैसे आपका शॉप सिस्टम उन्हें निर्यात करता है (CSV या JSON)। ShopTuner बताता है कि किस कॉलम में क्या है; जाँचें और आयात करें।&lt;/li&gt;&lt;li&gt;&lt;b&gt;प्रशिक्षण उदाहरण&lt;/b&gt;: ShopTuner आपके डेटा से सही उत्तरों वाले प्रश्न बनाता है, हर काम के लिए एक प्रकार, और कुछ को बाद में मॉडल जाँचने के लिए अलग रखता है। निजी डेटा (ई-मेल पते, फ़ोन नंबर, ऑर्डर नंबर, नाम) पहले हटा दिया जाता है।&lt;/li&gt;&lt;li&gt;&lt;b&gt;मॉडल&lt;/b&gt;: सिखाने के लिए मॉडल चुनें। छोटे मॉडल जल्दी सीखते हैं; पृष्ठ बताता है कि कौन से इस कंप्यूटर की मेमोरी में आते हैं, और आपके लिए एक डाउनलोड करता है।&lt;/li&gt;&lt;li&gt;&lt;b&gt;प्रशिक्षण योजना&lt;/b&gt;: तेज़, संतुलित या गहन, लगने वाले समय और मेमोरी के साथ।&lt;/li&gt;&lt;li&gt;&lt;b&gt;प्रशिक्षण&lt;/b&gt;: मॉडल आपके उदाहरणों से सीखता है। वक्र नीचे जाना चाहिए। आप रोक सकते हैं और फिर से शुरू कर सकते हैं, ShopTuner बंद करने के बाद भी।&lt;/li&gt;&lt;li&gt;&lt;b&gt;परिणाम&lt;/b&gt;: प्रशिक्षित मॉडल अलग रखे गए प्रश्नों के उत्तर देता है, और ShopTuner हर काम के लिए बताता है कि कितना अच्छा, प्रशिक्षण से पहले के मॉडल और जाने-माने प्रकाशित मॉडलों के साथ।&lt;/li&gt;&lt;li&gt;मॉडल से &lt;b&gt;चैट&lt;/b&gt; करें, या उसे Ollama, LM Studio या llama.cpp के लिए &lt;b&gt;निर्यात&lt;/b&gt; करें।&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;Put it to work&lt;/b&gt;: the trained model fills in missing attributes of your products (colour, material, size) from their texts, or reads your reviews and lists the negative ones first. Each suggestion shows how sure the model was; you accept, edit or reject it (Enter, F2, Delete). Export then writes your catalogue file back with only the accepted cells filled, so your shop system imports it as before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;काम पर लगाएँ&lt;/b&gt;: प्रशिक्षित मॉडल आपके उत्पादों की छूटी हुई विशेषताएँ (रंग, सामग्री, आकार) उनके पाठ से भरता है, या आपकी समीक्षाएँ पढ़कर नकारात्मक समीक्षाएँ पहले दिखाता है। हर सुझाव बताता है कि मॉडल कितना निश्चित था; आप उसे स्वीकार करते हैं, बदलते हैं या अस्वीकार करते हैं (Enter, F2, Delete)। फिर निर्यात आपकी कैटलॉग फ़ाइल को केवल स्वीकार किए गए खानों को भरकर वापस लिखता है, ताकि आपका दुकान सिस्टम उसे पहले की तरह आयात करे।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="42"/>
        <source>&lt;h2&gt;When something goes wrong&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;A file that cannot be read: the message names the line. Export it again from your shop system as CSV (UTF-8), or fix that line.&lt;/li&gt;&lt;li&gt;Training stops with an error about memory: choose a smaller model or the Quick plan, or lower “Longest example” on the Training plan page.&lt;/li&gt;&lt;li&gt;Many unusable answers in the Results: the model needs more training (the Balanced or Thorough plan) or more examples.&lt;/li&gt;&lt;li&gt;Anything else: &lt;b&gt;Help → Report a problem&lt;/b&gt; gathers what happened, with personal data removed, for you to read and send to whoever helps you.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h2&gt;जब कुछ गलत हो&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;कोई फ़ाइल पढ़ी नहीं जा सकती: संदेश पंक्ति बताता है। उसे अपने शॉप सिस्टम से फिर से CSV (UTF-8) के रूप में निर्यात करें, या वह पंक्ति ठीक करें।&lt;/li&gt;&lt;li&gt;प्रशिक्षण मेमोरी की त्रुटि के साथ रुकता है: छोटा मॉडल या तेज़ योजना चुनें, या “प्रशिक्षण योजना” पृष्ठ पर “सबसे लंबा उदाहरण” घटाएँ।&lt;/li&gt;&lt;li&gt;परिणामों में बहुत से बेकार उत्तर: मॉडल को और प्रशिक्षण (संतुलित या गहन योजना) या और उदाहरण चाहिए।&lt;/li&gt;&lt;li&gt;कुछ और: &lt;b&gt;सहायता → समस्या की रिपोर्ट करें&lt;/b&gt; जो हुआ उसे इकट्ठा करता है, निजी डेटा हटाकर, ताकि आप उसे पढ़ें और उसे भेजें जो आपकी मदद करता है।&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help_dialog.cpp" line="62"/>
        <source>ShopTuner help</source>
        <translation>ShopTuner सहायता</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ImportPanel</name>
    <message>
        <location filename="../ui/import_panel.cpp" line="45"/>
        <source>Your products: titles, descriptions, brands, prices, categories</source>
        <translation>आपके उत्पाद: शीर्षक, विवरण, ब्रांड, कीमतें, श्रेणियाँ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="47"/>
        <source>What customers wrote, with their star ratings</source>
        <translation>ग्राहकों ने क्या लिखा, उनकी स्टार रेटिंग के साथ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="49"/>
        <source>Customer questions about products, with your answers</source>
        <translation>उत्पादों के बारे में ग्राहकों के प्रश्न, आपके उत्तरों के साथ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="51"/>
        <source>What customers searched for and which products they clicked or bought</source>
        <translation>ग्राहकों ने क्या खोजा और किन उत्पादों पर क्लिक किया या उन्हें खरीदा</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="53"/>
        <source>Which customer bought what, and when</source>
        <translation>किस ग्राहक ने क्या खरीदा, और कब</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="66"/>
        <source>Product catalog</source>
        <translation>उत्पाद सूची</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="68"/>
        <source>Reviews</source>
        <translation>समीक्षाएँ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="70"/>
        <source>Questions and answers</source>
        <translation>प्रश्न और उत्तर</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="72"/>
        <source>Search log</source>
        <translation>खोज लॉग</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="74"/>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="76"/>
        <source>ECInstruct records</source>
        <translation>ECInstruct रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="88"/>
        <source>&amp;Import</source>
        <translation>&amp;आयात करें</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="183"/>
        <source>Add the files your shop system exports. ShopTuner reads CSV, TSV and JSON files in any common encoding. You can also drop files on this window.</source>
        <translation>आपकी दुकान का सिस्टम जो फ़ाइलें एक्सपोर्ट करता है, उन्हें जोड़ें। ShopTuner किसी भी आम एन्कोडिंग में CSV, TSV और JSON फ़ाइलें पढ़ सकता है। आप फ़ाइलों को खींचकर इस विंडो पर भी छोड़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="138"/>
        <source>Choose file…</source>
        <translation>फ़ाइल चुनें…</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="140"/>
        <source>Choose a %1 file</source>
        <translation>%1 फ़ाइल चुनें</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="155"/>
        <source>Choose a file on the left, or drop one here, to see its first rows and how its columns will be read.</source>
        <translation>फ़ाइल की पहली पंक्तियाँ देखने और यह जानने के लिए कि उसके कॉलम कैसे पढ़े जाएँगे, बाईं ओर कोई फ़ाइल चुनें या उसे यहाँ छोड़ें।</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="106"/>
        <source>First rows of the file</source>
        <translation>फ़ाइल की पहली पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="91"/>
        <source>Show the &amp;problems…</source>
        <translation>समस्याएँ दिखाएँ…</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="122"/>
        <source>Every problem noted in the file, with its line, to fix in the file or the shop</source>
        <translation>फ़ाइल में मिली हर समस्या, उसकी पंक्ति के साथ, फ़ाइल या दुकान में ठीक करने के लिए</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="234"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n उत्पाद</numerusform>
            <numerusform>%n उत्पाद</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="235"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n समीक्षा</numerusform>
            <numerusform>%n समीक्षाएँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="236"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n प्रश्न</numerusform>
            <numerusform>%n प्रश्न</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="237"/>
        <source>%n search result(s)</source>
        <translation>
            <numerusform>%n खोज परिणाम</numerusform>
            <numerusform>%n खोज परिणाम</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="238"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n ऑर्डर पंक्ति</numerusform>
            <numerusform>%n ऑर्डर पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="242"/>
        <source>✓ %1 from %2</source>
        <translation>✓ %2 से %1</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="243"/>
        <source>Not imported yet</source>
        <translation>अभी आयात नहीं किया गया</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="261"/>
        <source>Choose the %1 file</source>
        <translation>%1 फ़ाइल चुनें</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="262"/>
        <source>Shop exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>दुकान के एक्सपोर्ट (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="277"/>
        <source>Reading %1…</source>
        <translation>%1 पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="306"/>
        <source>line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="309"/>
        <source>Cannot read this file</source>
        <translation>यह फ़ाइल पढ़ी नहीं जा सकती</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="310"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="320"/>
        <source>What is in this file?</source>
        <translation>इस फ़ाइल में क्या है?</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="321"/>
        <source>ShopTuner could not tell what %1 holds. Choose what it is:</source>
        <translation>ShopTuner पता नहीं लगा सका कि %1 में क्या है। कृपया चुनें कि यह क्या है:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="361"/>
        <source>&lt;b&gt;%1&lt;/b&gt; as %2 — %3, %n column(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2 के रूप में — %3, %n कॉलम</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2 के रूप में — %3, %n कॉलम</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="396"/>
        <location filename="../ui/import_panel.cpp" line="399"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="398"/>
        <source>the order in “%1”</source>
        <translation>“%1” में दिया गया ऑर्डर</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="399"/>
        <source>, then </source>
        <translation>, फिर </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="405"/>
        <source>reviews</source>
        <translation>समीक्षाएँ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="405"/>
        <source>questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="406"/>
        <source>search results</source>
        <translation>खोज परिणाम</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="406"/>
        <source>order lines</source>
        <translation>ऑर्डर पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="408"/>
        <source>%1 of %2 %3 name a product in your catalog (by %4).</source>
        <translation>%2 में से %1 %3 आपके कैटलॉग के किसी उत्पाद का नाम देती हैं (%4 से)।</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="412"/>
        <source>In the first rows, %1 of %2 %3 name a product in your catalog (by %4); checking the whole file…</source>
        <translation>पहली पंक्तियों में %2 में से %1 %3 आपके कैटलॉग के किसी उत्पाद का नाम देती हैं (%4 से); पूरी फ़ाइल जाँची जा रही है…</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="418"/>
        <source>Not found in the catalog: %1%2</source>
        <translation>कैटलॉग में नहीं मिला: %1%2</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="423"/>
        <source>Most rows do not link: choose the column that holds your products&apos; id, SKU, barcode or title.</source>
        <translation>अधिकतर पंक्तियाँ नहीं जुड़तीं: वह कॉलम चुनें जिसमें आपके उत्पादों की आईडी, SKU, बारकोड या शीर्षक है।</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="439"/>
        <source>No catalog has been imported yet, so these rows cannot be linked to products. Import the catalog first, or import this file now and the catalog later.</source>
        <translation>अभी तक कोई कैटलॉग आयात नहीं हुआ है, इसलिए ये पंक्तियाँ उत्पादों से नहीं जुड़ सकतीं। पहले कैटलॉग आयात करें, या यह फ़ाइल अभी और कैटलॉग बाद में आयात करें।</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="487"/>
        <source>Read the whole file into the project</source>
        <translation>पूरी फ़ाइल को प्रोजेक्ट में पढ़ें</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="517"/>
        <source>Nothing from %1 was imported.</source>
        <translation>%1 से कुछ भी आयात नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="518"/>
        <source>Import failed</source>
        <translation>आयात विफल रहा</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="520"/>
        <source>Import of %1 stopped; nothing from it was kept.</source>
        <translation>%1 का आयात रोक दिया गया; उसमें से कुछ भी नहीं रखा गया।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="523"/>
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>%1 से %n पंक्ति आयात की गई।</numerusform>
            <numerusform>%1 से %n पंक्तियाँ आयात की गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="525"/>
        <source>%n row(s) could not be used and were left out.</source>
        <translation>
            <numerusform>%n पंक्ति उपयोग नहीं की जा सकी और छोड़ दी गई।</numerusform>
            <numerusform>%n पंक्तियाँ उपयोग नहीं की जा सकीं और छोड़ दी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="528"/>
        <source>%n product(s), with %1 variant row(s) added to their products.</source>
        <translation>
            <numerusform>%n उत्पाद, %1 वेरिएंट पंक्तियाँ उनके उत्पादों में जोड़ी गईं।</numerusform>
            <numerusform>%n उत्पाद, %1 वेरिएंट पंक्तियाँ उनके उत्पादों में जोड़ी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="532"/>
        <source>%n of its products were already in your catalog under another id; that id was added to them.</source>
        <translation>
            <numerusform>इसके %n उत्पाद पहले से किसी दूसरी आईडी के साथ आपके कैटलॉग में थे; वह आईडी उनमें जोड़ दी गई।</numerusform>
            <numerusform>इसके %n उत्पाद पहले से किसी दूसरी आईडी के साथ आपके कैटलॉग में थे; वह आईडी उनमें जोड़ दी गई।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="536"/>
        <source>%n row(s) of files imported earlier now link to a product of this catalog.</source>
        <translation>
            <numerusform>पहले आयात की गई फ़ाइलों की %n पंक्ति अब इस कैटलॉग के किसी उत्पाद से जुड़ी है।</numerusform>
            <numerusform>पहले आयात की गई फ़ाइलों की %n पंक्तियाँ अब इस कैटलॉग के उत्पादों से जुड़ी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="540"/>
        <source>%1 of %2 rows are linked to a product in your catalog.</source>
        <translation>%2 में से %1 पंक्तियाँ आपके कैटलॉग के किसी उत्पाद से जुड़ी हैं।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="545"/>
        <source>… and %n more, of the same kinds</source>
        <translation>
            <numerusform>… और %n, इन्हीं प्रकारों की</numerusform>
            <numerusform>… और %n, इन्हीं प्रकारों की</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="587"/>
        <source>Problems noted in the file</source>
        <translation>फ़ाइल में मिली समस्याएँ</translation>
    </message>
    <message>
        <location filename="../ui/import_panel.cpp" line="595"/>
        <source>The rows these name were left out or read in part; fix them in the file and import it again to use them.</source>
        <translation>इन पंक्तियों को छोड़ दिया गया या आंशिक रूप से पढ़ा गया; उन्हें उपयोग करने के लिए फ़ाइल में ठीक करें और फिर से आयात करें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import_panel.cpp" line="547"/>
        <source>%n problem(s) noted (first: %1).</source>
        <translation>
            <numerusform>%n समस्या मिली: %1।</numerusform>
            <numerusform>%n समस्याएँ मिलीं (पहली: %1)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ImportWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="266"/>
        <source>Bring in your shop&apos;s files</source>
        <translation>अपनी दुकान की फ़ाइलें जोड़ें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="267"/>
        <source>At least the product catalog or the reviews. The more kinds of files, the more tasks the model can learn.</source>
        <translation>कम से कम उत्पाद सूची या समीक्षाएँ। जितनी ज़्यादा तरह की फ़ाइलें होंगी, मॉडल उतने ज़्यादा कार्य सीख सकेगा।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::JobProgress</name>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="19"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n सेकंड बाकी</numerusform>
            <numerusform>%n सेकंड बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="21"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>लगभग %n मिनट बाकी</numerusform>
            <numerusform>लगभग %n मिनट बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="22"/>
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>लगभग %n घंटा बाकी</numerusform>
            <numerusform>लगभग %n घंटे बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="30"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="32"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>लगभग %n मिनट</numerusform>
            <numerusform>लगभग %n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/job_progress.cpp" line="33"/>
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>लगभग %n घंटा</numerusform>
            <numerusform>लगभग %n घंटे</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="41"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="51"/>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="53"/>
        <source>Stop now; nothing half-done is kept</source>
        <translation>अभी रोकें; अधूरा काम नहीं रखा जाएगा</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="59"/>
        <source>Stopping…</source>
        <translation>रोका जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/job_progress.cpp" line="76"/>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::LossChart</name>
    <message>
        <location filename="../ui/loss_chart.cpp" line="47"/>
        <source>Loss curve</source>
        <translation>लॉस वक्र</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="51"/>
        <source>Training loss</source>
        <translation>प्रशिक्षण लॉस</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="56"/>
        <source>Training loss, smoothed</source>
        <translation>प्रशिक्षण लॉस, चिकना किया गया</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="59"/>
        <source>Validation loss</source>
        <translation>सत्यापन लॉस</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="63"/>
        <source>Where training began</source>
        <translation>जहाँ प्रशिक्षण शुरू हुआ</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="69"/>
        <source>Learning step</source>
        <translation>सीखने का चरण</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="70"/>
        <source>Loss (lower is better)</source>
        <translation>लॉस (कम होना बेहतर है)</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="130"/>
        <source>Run %1, training (smoothed)</source>
        <translation>रन %1, प्रशिक्षण (सुचारु)</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="134"/>
        <source>Run %1, validation</source>
        <translation>रन %1, सत्यापन</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="187"/>
        <source>Loss measures how far the model&apos;s answers are from your shop&apos;s own: lower is better, 0 would be perfect. It began at %1 and is now about %2.</source>
        <translation>लॉस मापता है कि मॉडल के उत्तर आपकी दुकान के अपने उत्तरों से कितने दूर हैं: कम बेहतर है, 0 पूर्ण होगा। यह %1 से शुरू हुआ और अब लगभग %2 है।</translation>
    </message>
    <message>
        <location filename="../ui/loss_chart.cpp" line="192"/>
        <source>On the examples kept aside it is %1; if that rises while the training loss falls, the model is memorising rather than learning.</source>
        <translation>अलग रखे गए उदाहरणों पर यह %1 है; यदि यह बढ़े जबकि प्रशिक्षण लॉस घटे, तो मॉडल सीखने के बजाय रट रहा है।</translation>
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
        <translation>&amp;सेटअप विज़ार्ड खोलें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88"/>
        <source>&amp;Verdict</source>
        <translation>&amp;निर्णय</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="89"/>
        <source>Co&amp;mpare tests</source>
        <translation>परीक्षणों की &amp;तुलना</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90"/>
        <source>How the latest trained model does, task by task, beside a published model</source>
        <translation>नवीनतम प्रशिक्षित मॉडल कार्य-दर-कार्य कैसा करता है, एक प्रकाशित मॉडल के साथ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91"/>
        <source>Several tests side by side: runs, base models, other models</source>
        <translation>कई परीक्षण साथ-साथ: रन, मूल मॉडल, अन्य मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98"/>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Import files</source>
        <translation>फ़ाइलें आयात करें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Training examples</source>
        <translation>प्रशिक्षण उदाहरण</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Browse examples</source>
        <translation>उदाहरण देखें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Training plan</source>
        <translation>प्रशिक्षण योजना</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Results</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>Put it to work</source>
        <translation>काम पर लगाएँ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>Import finished</source>
        <translation>आयात पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="139"/>
        <source>&amp;New Shop Project…</source>
        <translation>&amp;नया दुकान प्रोजेक्ट…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="141"/>
        <source>&amp;Open Project…</source>
        <translation>प्रोजेक्ट &amp;खोलें…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="143"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;हाल में खोले गए</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Try the &amp;Demo Shop</source>
        <translation>&amp;डेमो दुकान आज़माएँ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>ShopTuner &amp;help</source>
        <translation>ShopTuner सहायता</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="155"/>
        <source>What the &amp;numbers mean</source>
        <translation>संख्याओं का अर्थ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="156"/>
        <source>Report a &amp;problem…</source>
        <translation>समस्या की रिपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;About ShopTuner</source>
        <translation>ShopTuner के &amp;बारे में</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="168"/>
        <source>No recent projects</source>
        <translation>कोई हालिया प्रोजेक्ट नहीं</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>Open a project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>ShopTuner projects (*.shoptuner)</source>
        <translation>ShopTuner प्रोजेक्ट (*.shoptuner)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Cannot open the project</source>
        <translation>प्रोजेक्ट खोला नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="236"/>
        <source>%1 — ShopTuner</source>
        <translation>%1 — ShopTuner</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="241"/>
        <source>&lt;h2&gt;ShopTuner&lt;/h2&gt;&lt;p&gt;Teach a small language model your shop: your products, reviews and questions, trained on this computer. Your data never leaves it.&lt;/p&gt;&lt;p&gt;Start with the setup wizard: create a project from your shop&apos;s files, or try the demo shop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ShopTuner&lt;/h2&gt;&lt;p&gt;एक छोटे भाषा मॉडल को अपनी दुकान के बारे में सिखाएँ: आपके उत्पाद, समीक्षाएँ और प्रश्न, इसी कंप्यूटर पर प्रशिक्षित। आपका डेटा कभी इस कंप्यूटर से बाहर नहीं जाता।&lt;/p&gt;&lt;p&gt;सेटअप विज़ार्ड से शुरू करें: अपनी दुकान की फ़ाइलों से एक प्रोजेक्ट बनाएँ, या डेमो दुकान आज़माएँ।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="252"/>
        <source>&lt;p&gt;&lt;b&gt;Your shop&apos;s data:&lt;/b&gt; %1 products, %2 reviews, %3 questions, %4 search results, %5 order lines.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;आपकी दुकान का डेटा:&lt;/b&gt; %1 उत्पाद, %2 समीक्षाएँ, %3 प्रश्न, %4 खोज परिणाम, %5 ऑर्डर पंक्तियाँ।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="265"/>
        <source>&lt;p&gt;&lt;b&gt;Training examples:&lt;/b&gt; %1 for %2 tasks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;प्रशिक्षण उदाहरण:&lt;/b&gt; %2 कार्यों के लिए %1।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="266"/>
        <source>&lt;p&gt;&lt;b&gt;Training examples:&lt;/b&gt; none yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;प्रशिक्षण उदाहरण:&lt;/b&gt; अभी कोई नहीं।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="270"/>
        <source>&lt;p&gt;&lt;b&gt;Latest training:&lt;/b&gt; run %1, %2, %3 of %4 steps%5.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;पिछला प्रशिक्षण:&lt;/b&gt; प्रशिक्षण %1, %2, %4 में से %3 चरण%5।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="276"/>
        <source>, best validation loss %1</source>
        <translation>, सबसे अच्छा सत्यापन लॉस %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281"/>
        <source>&lt;p&gt;&lt;b&gt;Latest test:&lt;/b&gt; %1, %2 task results (see Results).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;पिछली जाँच:&lt;/b&gt; %1, %2 कार्य परिणाम (परिणाम देखें)।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="294"/>
        <source>Pause the training?</source>
        <translation>प्रशिक्षण को विराम दें?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="295"/>
        <source>Training is running. ShopTuner pauses it at a checkpoint; next time you can resume where it stopped.</source>
        <translation>प्रशिक्षण चल रहा है। ShopTuner इसे एक चेकपॉइंट पर विराम देगा; अगली बार आप वहीं से जारी रख सकते हैं जहाँ यह रुका था।</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="297"/>
        <source>Pause and quit</source>
        <translation>विराम दें और बंद करें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>Stop the running work?</source>
        <translation>चल रहा काम रोकें?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>ShopTuner is still importing or building. If you quit now, that step is undone and can be started again later.</source>
        <translation>ShopTuner अभी भी डेटा आयात कर रहा है या उदाहरण बना रहा है। अगर आप अभी बंद करते हैं, तो यह चरण रद्द हो जाएगा और इसे बाद में फिर से शुरू किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="309"/>
        <source>Stop and quit</source>
        <translation>रोकें और बंद करें</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="324"/>
        <source>About ShopTuner</source>
        <translation>ShopTuner के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;Fine-tune a small language model on your own shop&apos;s data, on your own computer.</source>
        <translation>&lt;b&gt;ShopTuner %1&lt;/b&gt;&lt;br&gt;अपनी दुकान के डेटा पर एक छोटे भाषा मॉडल को, अपने ही कंप्यूटर पर, प्रशिक्षित कीजिए।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::MappingEditor</name>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="99"/>
        <source>Keep these columns as product attributes (colour, size, material, …):</source>
        <translation>इन कॉलम को उत्पाद के गुणों (रंग, साइज़, सामग्री, …) के रूप में रखें:</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="115"/>
        <source>Attribute columns</source>
        <translation>गुण वाले कॉलम</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="155"/>
        <source>— choose a column —</source>
        <translation>— कॉलम चुनें —</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="155"/>
        <source>— not in this file —</source>
        <translation>— इस फ़ाइल में नहीं —</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="164"/>
        <source>Suggested because %1.</source>
        <translation>सुझाव का कारण: %1।</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="167"/>
        <source>Rows where it names no product in your catalog are linked by &quot;%1&quot;.</source>
        <translation>जिन पंक्तियों में यह आपके कैटलॉग का कोई उत्पाद नहीं बताता, वे &quot;%1&quot; से जोड़ी जाती हैं।</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="184"/>
        <source>Recognised as a %1: its columns are read the way that platform writes them.</source>
        <translation>%1 के रूप में पहचाना गया: इसके कॉलम उसी तरह पढ़े जाते हैं जैसे वह प्लेटफ़ॉर्म उन्हें लिखता है।</translation>
    </message>
    <message>
        <location filename="../ui/mapping_editor.cpp" line="225"/>
        <source>%1 names the attribute, %2 holds its value</source>
        <translation>%1 गुण का नाम देता है, %2 में उसका मान है</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelDownloads</name>
    <message>
        <location filename="../ui/model_downloads.cpp" line="62"/>
        <source>&amp;Download</source>
        <translation>&amp;डाउनलोड करें</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="63"/>
        <source>&amp;Resume download</source>
        <translation>डाउनलोड &amp;जारी रखें</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="64"/>
        <source>Dis&amp;card</source>
        <translation>&amp;हटाएँ</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="84"/>
        <source>Models to download</source>
        <translation>डाउनलोड के लिए मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>To download</source>
        <translation>डाउनलोड आकार</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Memory to train</source>
        <translation>प्रशिक्षण के लिए मेमोरी</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="87"/>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="93"/>
        <source>or any model on Hugging Face, e.g. HuggingFaceTB/SmolLM2-360M-Instruct</source>
        <translation>या Hugging Face पर कोई भी मॉडल, जैसे HuggingFaceTB/SmolLM2-360M-Instruct</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="94"/>
        <source>Hugging Face model name</source>
        <translation>Hugging Face मॉडल का नाम</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="96"/>
        <source>Download the chosen model (or the one named) and check it before it is offered</source>
        <translation>चुना गया (या नामित) मॉडल डाउनलोड करें और उपलब्ध कराने से पहले उसकी जाँच करें</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="98"/>
        <source>Continue where the download stopped</source>
        <translation>डाउनलोड जहाँ रुका था वहीं से जारी रखें</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="100"/>
        <source>Delete what arrived of the unfinished download</source>
        <translation>अधूरे डाउनलोड का आया हुआ हिस्सा हटाएँ</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="104"/>
        <source>&amp;Pause</source>
        <translation>&amp;विराम दें</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="105"/>
        <source>Stop now; what arrived is kept, and Resume continues from there, even after closing ShopTuner</source>
        <translation>अभी रोकें; जो आ चुका है वह रखा जाता है, और “जारी रखें” वहीं से आगे बढ़ता है, ShopTuner बंद करने के बाद भी</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="58"/>
        <source>&lt;b&gt;Download a model&lt;/b&gt; (from Hugging Face, checked before use)</source>
        <translation>&lt;b&gt;एक मॉडल डाउनलोड करें&lt;/b&gt; (Hugging Face से, उपयोग से पहले जाँचा गया)</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="188"/>
        <source>%1 (recommended here)</source>
        <translation>%1 (यहाँ अनुशंसित)</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="195"/>
        <source>for scoring only</source>
        <translation>केवल अंक देने के लिए</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="197"/>
        <source>about %1</source>
        <translation>लगभग %1</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="198"/>
        <source>%1; account needed</source>
        <translation>%1; खाता आवश्यक</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="214"/>
        <source>Recommended for this computer: %1, %2 to download. %3</source>
        <translation>इस कंप्यूटर के लिए अनुशंसित: %1, डाउनलोड %2। %3</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="215"/>
        <source>%1, %2 to download. %3</source>
        <translation>%1, डाउनलोड %2। %3</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="220"/>
        <source>It needs a free Hugging Face account with Meta&apos;s licence accepted on the model&apos;s page, and your access token.</source>
        <translation>इसके लिए एक निःशुल्क Hugging Face खाता चाहिए, जिसमें मॉडल के पेज पर Meta का लाइसेंस स्वीकार किया गया हो, और आपका एक्सेस टोकन।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="231"/>
        <source>Not a model name</source>
        <translation>यह मॉडल का नाम नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="232"/>
        <source>“%1” is not a Hugging Face model name. It looks like Organisation/Model, e.g. HuggingFaceTB/SmolLM2-360M-Instruct.</source>
        <translation>“%1” Hugging Face मॉडल का नाम नहीं है। यह संगठन/मॉडल जैसा दिखता है, जैसे HuggingFaceTB/SmolLM2-360M-Instruct।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="262"/>
        <source>✓ %1 is ready (%2). Checked: %3.</source>
        <translation>✓ %1 तैयार है (%2)। जाँचा गया: %3।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="276"/>
        <source>The download did not finish</source>
        <translation>डाउनलोड पूरा नहीं हुआ</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="291"/>
        <source>The download of %1 stopped before anything arrived.</source>
        <translation>%1 का डाउनलोड कुछ भी आने से पहले रुक गया।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="293"/>
        <source>The download of %1 is paused; %2 arrived and is kept. Resume continues from there.</source>
        <translation>%1 का डाउनलोड रुका हुआ है; %2 आ चुका है और रखा गया है। “जारी रखें” वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="306"/>
        <source>The unfinished download of %1 was deleted.</source>
        <translation>%1 का अधूरा डाउनलोड हटा दिया गया।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="318"/>
        <source>This model needs a Hugging Face account</source>
        <translation>इस मॉडल के लिए Hugging Face खाता चाहिए</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="320"/>
        <source>%1.&lt;br&gt;&lt;br&gt;1. Open &lt;a href=&quot;%2&quot;&gt;the model&apos;s page&lt;/a&gt;, sign in (a free account) and accept the licence.&lt;br&gt;2. Create an access token (Settings → Access Tokens, “Read” is enough) and paste it here.</source>
        <translation>%1।&lt;br&gt;&lt;br&gt;1. &lt;a href=&quot;%2&quot;&gt;मॉडल का पेज&lt;/a&gt; खोलें, साइन इन करें (निःशुल्क खाता) और लाइसेंस स्वीकार करें।&lt;br&gt;2. एक एक्सेस टोकन बनाएँ (Settings → Access Tokens, “Read” पर्याप्त है) और उसे यहाँ चिपकाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="332"/>
        <source>Save the token and download</source>
        <translation>टोकन सहेजें और डाउनलोड करें</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="334"/>
        <source>Access token:</source>
        <translation>एक्सेस टोकन:</translation>
    </message>
    <message>
        <location filename="../ui/model_downloads.cpp" line="346"/>
        <source>The token could not be saved</source>
        <translation>टोकन सहेजा नहीं जा सका</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelPanel</name>
    <message>
        <location filename="../ui/model_panel.cpp" line="30"/>
        <source>%1 billion</source>
        <translation>%1 बिलियन</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="31"/>
        <source>%1 million</source>
        <translation>%1 मिलियन</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="48"/>
        <source>Make a &amp;demo model</source>
        <translation>&amp;डेमो मॉडल बनाएँ</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="53"/>
        <source>Choose the language model to teach. Small models (135 million to 1.7 billion parameters) learn shop tasks well and train on an ordinary computer.</source>
        <translation>वह भाषा मॉडल चुनें जिसे आप सिखाना चाहते हैं। छोटे मॉडल (135 मिलियन से 1.7 बिलियन पैरामीटर) दुकान के कार्य अच्छी तरह सीखते हैं और एक साधारण कंप्यूटर पर प्रशिक्षित हो जाते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="60"/>
        <source>Models on this computer</source>
        <translation>इस कंप्यूटर पर मौजूद मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Family</source>
        <translation>परिवार</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>On disk</source>
        <translation>डिस्क पर</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="63"/>
        <source>Memory to train</source>
        <translation>प्रशिक्षण के लिए मेमोरी</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="68"/>
        <source>Choose a model &amp;folder…</source>
        <translation>मॉडल &amp;फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="70"/>
        <source>A Hugging Face model folder with config.json, model.safetensors and the tokenizer files</source>
        <translation>Hugging Face का एक मॉडल फ़ोल्डर, जिसमें config.json, model.safetensors और tokenizer की फ़ाइलें हों</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="72"/>
        <source>A tiny model with a vocabulary learned from your shop&apos;s texts. It knows nothing yet, so its answers mean little; it lets you try every step in a few minutes.</source>
        <translation>एक बहुत छोटा मॉडल, जिसकी शब्दावली आपकी दुकान के पाठ से सीखी गई है। यह अभी कुछ नहीं जानता, इसलिए इसके उत्तरों का ज़्यादा मतलब नहीं है; पर इससे आप हर चरण कुछ ही मिनटों में आज़मा सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="89"/>
        <source>Choose a model folder</source>
        <translation>मॉडल फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="132"/>
        <source>This model cannot be used</source>
        <translation>इस मॉडल का उपयोग नहीं किया जा सकता</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="132"/>
        <source>%1 cannot be trained here: %2</source>
        <translation>%1 को यहाँ प्रशिक्षित नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="144"/>
        <source>Cannot save the choice</source>
        <translation>आपका चुनाव सहेजा नहीं जा सकता</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="160"/>
        <source>This computer: %1.</source>
        <translation>यह कंप्यूटर: %1।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="178"/>
        <source>Demo model (untrained, for trying the steps)</source>
        <translation>डेमो मॉडल (बिना प्रशिक्षण का, चरण आज़माने के लिए)</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="182"/>
        <source>cannot be used</source>
        <translation>उपयोग नहीं किया जा सकता</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="191"/>
        <source>about %1</source>
        <translation>लगभग %1</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="206"/>
        <source>No model chosen yet.</source>
        <translation>अभी कोई मॉडल नहीं चुना गया।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="212"/>
        <source>%1 fits comfortably: training needs about %2.</source>
        <translation>%1 आराम से फ़िट होता है: प्रशिक्षण के लिए लगभग %2 चाहिए।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="214"/>
        <source>%1 fits, but only just: training needs about %2 of the %3 free.</source>
        <translation>%1 फ़िट होता है, पर मुश्किल से: प्रशिक्षण के लिए खाली %3 में से लगभग %2 चाहिए।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="215"/>
        <source>%1 does not fit: training needs about %2, but only %3 are free.</source>
        <translation>%1 फ़िट नहीं होता: प्रशिक्षण के लिए लगभग %2 चाहिए, पर केवल %3 खाली है।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="219"/>
        <source>Below, %1 is recommended for this computer: download it with one click.</source>
        <translation>नीचे, इस कंप्यूटर के लिए %1 अनुशंसित है: इसे एक क्लिक में डाउनलोड करें।</translation>
    </message>
    <message>
        <location filename="../ui/model_panel.cpp" line="237"/>
        <source>The demo model could not be made</source>
        <translation>डेमो मॉडल नहीं बनाया जा सका</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ModelWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="316"/>
        <source>Choose the model to teach</source>
        <translation>सिखाने के लिए मॉडल चुनें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="317"/>
        <source>ShopTuner trains it on this computer. Smaller models train faster; larger ones answer better.</source>
        <translation>ShopTuner इसे इसी कंप्यूटर पर प्रशिक्षित करता है। छोटे मॉडल जल्दी प्रशिक्षित होते हैं; बड़े मॉडल बेहतर उत्तर देते हैं।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::PlanPanel</name>
    <message>
        <location filename="../ui/plan_panel.cpp" line="26"/>
        <source>Advanced settings</source>
        <translation>उन्नत सेटिंग</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="50"/>
        <source>&amp;Quick</source>
        <translation>&amp;तेज़</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="50"/>
        <source>A first look: a few hundred steps with small adapters.</source>
        <translation>पहली झलक: छोटे एडैप्टर के साथ कुछ सौ चरण।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="51"/>
        <source>&amp;Balanced</source>
        <translation>&amp;संतुलित</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="51"/>
        <source>One pass over all examples. A good default.</source>
        <translation>सभी उदाहरणों पर एक दौर। ज़्यादातर मामलों के लिए अच्छा विकल्प।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="52"/>
        <source>&amp;Thorough</source>
        <translation>&amp;गहन</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="53"/>
        <source>Three passes with larger adapters; stops early when the test questions stop improving.</source>
        <translation>बड़े एडैप्टर के साथ तीन दौर; जब परीक्षण प्रश्नों पर सुधार रुक जाता है, तो पहले ही रुक जाता है।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="71"/>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="92"/>
        <source>Adapter size (rank):</source>
        <translation>एडैप्टर का आकार (rank):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="93"/>
        <source>How much the model can change. Larger learns more but needs more memory and examples. 8-32 is usual.</source>
        <translation>मॉडल कितना बदल सकता है। बड़ा मान ज़्यादा सीखता है, पर उसके लिए ज़्यादा मेमोरी और उदाहरण चाहिए। आम तौर पर 8-32 रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="95"/>
        <source>Adapter strength (alpha):</source>
        <translation>एडैप्टर की शक्ति (alpha):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="96"/>
        <source>How strongly the learned change is applied; usually equal to or twice the rank.</source>
        <translation>सीखा गया बदलाव कितनी मज़बूती से लागू होता है; आम तौर पर rank के बराबर या उसका दोगुना।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="100"/>
        <source>Learning rate:</source>
        <translation>सीखने की दर:</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="101"/>
        <source>How big each learning step is. Too high and training becomes unstable; too low and it learns slowly.</source>
        <translation>सीखने का हर चरण कितना बड़ा हो। बहुत ज़्यादा हो तो प्रशिक्षण अस्थिर हो जाता है; बहुत कम हो तो मॉडल धीरे सीखता है।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="103"/>
        <source>Passes over the examples (epochs):</source>
        <translation>उदाहरणों पर दौर (epochs):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="104"/>
        <source>How many times the model sees every example.</source>
        <translation>मॉडल हर उदाहरण को कितनी बार देखता है।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="106"/>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="107"/>
        <source>Stop after steps:</source>
        <translation>इतने चरणों के बाद रोकें:</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="108"/>
        <source>Stop after this many learning steps even before the passes are done (0: no limit).</source>
        <translation>सीखने के इतने चरणों के बाद रोकें, भले ही सभी दौर पूरे न हुए हों (0: कोई सीमा नहीं)।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="111"/>
        <source>Longest example (tokens):</source>
        <translation>सबसे लंबा उदाहरण (tokens):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="112"/>
        <source>Longer examples are cut to this many tokens. Longer needs more memory.</source>
        <translation>इससे लंबे उदाहरण इतने tokens तक छोटे कर दिए जाते हैं। ज़्यादा लंबाई के लिए ज़्यादा मेमोरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="114"/>
        <source>Examples per step (batch):</source>
        <translation>हर चरण में उदाहरण (batch):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="115"/>
        <source>How many examples are learned from at once. More is steadier but needs more memory.</source>
        <translation>एक साथ कितने उदाहरणों से सीखा जाता है। ज़्यादा उदाहरणों से सीखना स्थिर रहता है, पर ज़्यादा मेमोरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="117"/>
        <source>Check progress every (steps):</source>
        <translation>प्रगति की जाँच हर (चरण):</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="118"/>
        <source>How often the model is tested on the held-back validation examples.</source>
        <translation>मॉडल को अलग रखे गए सत्यापन उदाहरणों पर कितनी बार जाँचा जाए।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="120"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="121"/>
        <source>Stop early after checks without improvement:</source>
        <translation>बिना सुधार वाली इतनी जाँचों के बाद पहले ही रोकें:</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="122"/>
        <source>Stop when the validation loss has not improved this many checks in a row (0: never stop early).</source>
        <translation>जब लगातार इतनी जाँचों में सत्यापन लॉस में सुधार न हो, तब रोकें (0: कभी पहले न रोकें)।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="253"/>
        <source>Choose a model first to see how long training takes.</source>
        <translation>प्रशिक्षण में कितना समय लगेगा, यह देखने के लिए पहले कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="258"/>
        <source>The chosen model cannot be used: %1</source>
        <translation>चुने गए मॉडल का उपयोग नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="261"/>
        <source>Estimating on this computer…</source>
        <translation>इस कंप्यूटर के लिए अनुमान लगाया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="274"/>
        <source>%1 learning steps over %2 training examples (about %3 tokens each). Training on %4 takes %5 and needs about %6 of memory.</source>
        <translation>%2 प्रशिक्षण उदाहरणों पर सीखने के %1 चरण (हर उदाहरण में लगभग %3 tokens)। %4 पर प्रशिक्षण में %5 लगेंगे; लगभग %6 मेमोरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="283"/>
        <source>The time is what this computer measured for this model before.</source>
        <translation>यह समय इस कंप्यूटर ने इस मॉडल के लिए पहले मापा है।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="287"/>
        <source>The time is estimated from another model trained on this computer; the first run of this one will tell.</source>
        <translation>यह समय इस कंप्यूटर पर प्रशिक्षित किसी दूसरे मॉडल से अनुमानित है; इस मॉडल का पहला रन सही बताएगा।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="292"/>
        <source>The time is a first guess, as nothing has been trained on this computer yet; while training, the Training page shows the time left from the steps so far.</source>
        <translation>यह समय पहला अनुमान है, क्योंकि इस कंप्यूटर पर अभी तक कुछ प्रशिक्षित नहीं हुआ; प्रशिक्षण के दौरान “प्रशिक्षण” पृष्ठ अब तक के चरणों से बाकी समय दिखाता है।</translation>
    </message>
    <message>
        <location filename="../ui/plan_panel.cpp" line="298"/>
        <source>That is more than this computer has free: choose a smaller model, shorter examples or fewer examples per step.</source>
        <translation>यह इस कंप्यूटर की खाली मेमोरी से ज़्यादा है: कोई छोटा मॉडल, छोटे उदाहरण या हर चरण में कम उदाहरण चुनें।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::PlanWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="333"/>
        <source>How thoroughly to train</source>
        <translation>कितनी गहराई से प्रशिक्षण दें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="334"/>
        <source>Pick a plan; the estimate is for this computer. You can stop and continue training at any time.</source>
        <translation>एक योजना चुनें; अनुमान इसी कंप्यूटर के लिए है। आप प्रशिक्षण को कभी भी रोककर फिर से जारी रख सकते हैं।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::ProjectContext</name>
    <message>
        <location filename="../ui/project_context.cpp" line="39"/>
        <source>Cannot create the folder %1.</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सकता।</translation>
    </message>
    <message>
        <location filename="../ui/project_context.cpp" line="39"/>
        <source>Choose a folder you can write to.</source>
        <translation>ऐसा फ़ोल्डर चुनें जिसमें लिखने की अनुमति आपके पास हो।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::RecordsBrowser</name>
    <message>
        <location filename="../ui/records_browser.cpp" line="71"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="73"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Used for</source>
        <translation>किस काम में</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="74"/>
        <source>All uses</source>
        <translation>सभी उपयोग</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="78"/>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Questions from</source>
        <translation>प्रश्न कहाँ से</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="80"/>
        <source>Search the examples…</source>
        <translation>उदाहरणों में खोजें…</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="82"/>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="93"/>
        <source>The selected example</source>
        <translation>चुना गया उदाहरण</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="143"/>
        <source>All tasks</source>
        <translation>सभी कार्य</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="145"/>
        <source>All kinds of questions</source>
        <translation>सभी तरह के प्रश्न</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/records_browser.cpp" line="203"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n उदाहरण</numerusform>
            <numerusform>%n उदाहरण</numerusform>
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
        <translation>इनपुट</translation>
    </message>
    <message>
        <location filename="../ui/records_browser.cpp" line="214"/>
        <source>Expected answer</source>
        <translation>अपेक्षित उत्तर</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/settings_panel.cpp" line="85"/>
        <source>Re&amp;move</source>
        <translation>&amp;हटाएँ</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="89"/>
        <source>As the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="94"/>
        <source>Automatic (the GPU when there is one)</source>
        <translation>स्वचालित (GPU हो तो वही)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="95"/>
        <source>Processor (CPU) only</source>
        <translation>केवल प्रोसेसर (CPU)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="96"/>
        <source>Graphics card (CUDA)</source>
        <translation>ग्राफ़िक्स कार्ड (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="97"/>
        <source>Where training, testing and chat compute</source>
        <translation>प्रशिक्षण, जाँच और चैट कहाँ गणना करें</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="100"/>
        <source>automatic (%1)</source>
        <translation>स्वचालित (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="101"/>
        <source>Processor cores used for computing. Automatic uses every core other programs leave free; the window still answers at once, because computing gives way to it.</source>
        <translation>गणना के लिए उपयोग होने वाले प्रोसेसर कोर। स्वचालित हर वह कोर उपयोग करता है जिसे दूसरे प्रोग्राम खाली छोड़ते हैं; फिर भी विंडो तुरंत जवाब देती है, क्योंकि गणना उसे पहले जगह देती है।</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="104"/>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="110"/>
        <source>&amp;Restart now</source>
        <translation>अभी &amp;पुनः आरंभ करें</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="112"/>
        <source>Close ShopTuner and open it again with the same project, in the new language</source>
        <translation>ShopTuner बंद करके उसी प्रोजेक्ट के साथ नई भाषा में फिर से खोलें</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;भाषा:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="118"/>
        <source>&amp;Compute on:</source>
        <translation>गणना &amp;कहाँ:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="119"/>
        <source>Processor co&amp;res:</source>
        <translation>प्रोसेसर &amp;कोर:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="120"/>
        <source>Projects &amp;folder:</source>
        <translation>प्रोजेक्ट &amp;फ़ोल्डर:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="139"/>
        <source>Folder for new projects</source>
        <translation>नए प्रोजेक्ट के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="150"/>
        <source>No font on this computer can show %1, so ShopTuner stays in English. Install one first (on Debian or Ubuntu: sudo apt install fonts-noto-core), then start ShopTuner again.</source>
        <translation>इस कंप्यूटर का कोई फ़ॉन्ट %1 नहीं दिखा सकता, इसलिए ShopTuner अंग्रेज़ी में रहेगा। पहले एक फ़ॉन्ट इंस्टॉल करें (Debian या Ubuntu पर: sudo apt install fonts-noto-core), फिर ShopTuner फिर से शुरू करें।</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="157"/>
        <source>The new language is used from the next start of ShopTuner.</source>
        <translation>नई भाषा ShopTuner के अगली बार शुरू होने से लागू होगी।</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="169"/>
        <source>huggingface.co (or a mirror&apos;s address, e.g. https://hf-mirror.example)</source>
        <translation>huggingface.co (या किसी मिरर का पता, जैसे https://hf-mirror.example)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="170"/>
        <source>Where models are downloaded from, for networks where huggingface.co is blocked; the HF_ENDPOINT environment variable, when set, wins</source>
        <translation>मॉडल कहाँ से डाउनलोड हों, उन नेटवर्कों के लिए जहाँ huggingface.co अवरुद्ध है; HF_ENDPOINT परिवेश चर सेट होने पर वही मान्य होता है</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="172"/>
        <source>&amp;Download models from:</source>
        <translation>मॉडल &amp;यहाँ से डाउनलोड करें:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="175"/>
        <source>Set &amp;token…</source>
        <translation>&amp;टोकन सेट करें…</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="177"/>
        <source>A Hugging Face access token, for models that need an account (Llama 3.2)</source>
        <translation>Hugging Face एक्सेस टोकन, उन मॉडलों के लिए जिन्हें खाता चाहिए (Llama 3.2)</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="183"/>
        <source>Hugging Face token:</source>
        <translation>Hugging Face टोकन:</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="186"/>
        <source>Hugging Face access token</source>
        <translation>Hugging Face एक्सेस टोकन</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="187"/>
        <source>Paste an access token (huggingface.co → Settings → Access Tokens; “Read” is enough):</source>
        <translation>एक एक्सेस टोकन चिपकाएँ (huggingface.co → Settings → Access Tokens; “Read” पर्याप्त है):</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="194"/>
        <source>The token could not be saved</source>
        <translation>टोकन सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="208"/>
        <source>“%1” is not a web address; a mirror&apos;s address starts with https://</source>
        <translation>“%1” वेब पता नहीं है; मिरर का पता https:// से शुरू होता है</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="219"/>
        <source>none kept</source>
        <translation>कोई सहेजा नहीं गया</translation>
    </message>
    <message>
        <location filename="../ui/settings_panel.cpp" line="219"/>
        <source>kept in %1 (readable by you only)</source>
        <translation>%1 में सहेजा गया (केवल आप पढ़ सकते हैं)</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SetupWizard</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="58"/>
        <source>Set up your shop</source>
        <translation>अपनी दुकान सेट अप करें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="68"/>
        <source>&amp;Done</source>
        <translation>&amp;पूर्ण</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="71"/>
        <source>C&amp;lose</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="73"/>
        <source>Close the wizard: everything is kept, training goes on, and the wizard opens here again</source>
        <translation>विज़ार्ड बंद करें: सब कुछ रखा रहता है, प्रशिक्षण चलता रहता है, और विज़ार्ड फिर यहीं खुलता है</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::SuggestionModel</name>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="18"/>
        <source>very positive</source>
        <translation>बहुत सकारात्मक</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="20"/>
        <source>positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="22"/>
        <source>neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="24"/>
        <source>negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="26"/>
        <source>very negative</source>
        <translation>बहुत नकारात्मक</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="120"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="120"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="161"/>
        <source>Do the reviews answer it?</source>
        <translation>क्या समीक्षाएँ इसका उत्तर देती हैं?</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="163"/>
        <source>The same product?</source>
        <translation>वही उत्पाद?</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="165"/>
        <source>Can it stand in?</source>
        <translation>क्या यह जगह ले सकता है?</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="167"/>
        <source>Draft answer</source>
        <translation>उत्तर का मसौदा</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="175"/>
        <source>under %1</source>
        <translation>%1 से कम</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="178"/>
        <source>Accepted</source>
        <translation>स्वीकार किया</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="179"/>
        <source>Rejected</source>
        <translation>अस्वीकार किया</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="180"/>
        <source>To review</source>
        <translation>जाँचना है</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>Search</source>
        <translation>खोज</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>Shown now</source>
        <translation>अभी दिखाया जाता है</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <source>The model&apos;s order</source>
        <translation>मॉडल का क्रम</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="221"/>
        <source>Listings</source>
        <translation>लिस्टिंग</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>Stars</source>
        <translation>तारे</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>Attribute</source>
        <translation>विशेषता</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="223"/>
        <source>What is suggested</source>
        <translation>क्या सुझाया गया है</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="225"/>
        <source>How it reads</source>
        <translation>कैसी लगती है</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="225"/>
        <source>Suggested value</source>
        <translation>सुझाया गया मान</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <location filename="../ui/suggestion_model.cpp" line="227"/>
        <source>Confidence</source>
        <translation>भरोसा</translation>
    </message>
    <message>
        <location filename="../ui/suggestion_model.cpp" line="216"/>
        <location filename="../ui/suggestion_model.cpp" line="229"/>
        <source>Decision</source>
        <translation>फ़ैसला</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TasksPanel</name>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="68"/>
        <source>Instruction:</source>
        <translation>निर्देश:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="69"/>
        <source>Input:</source>
        <translation>इनपुट:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="71"/>
        <source>Options:</source>
        <translation>विकल्प:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="72"/>
        <source>Expected answer:</source>
        <translation>अपेक्षित उत्तर:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="79"/>
        <source>&amp;Build training examples</source>
        <translation>प्रशिक्षण उदाहरण &amp;बनाएँ</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="98"/>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="87"/>
        <source>ShopTuner turns your data into practice examples for ten shop tasks, and keeps some examples aside to test the model later. Products never appear in both.</source>
        <translation>ShopTuner आपके डेटा से दुकान के दस कार्यों के लिए अभ्यास उदाहरण बनाता है, और कुछ उदाहरण बाद में मॉडल की जाँच के लिए अलग रख देता है। कोई भी उत्पाद दोनों में नहीं आता।</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="81"/>
        <source>How examples are made</source>
        <translation>उदाहरण कैसे बनाए जाते हैं</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="92"/>
        <source>Make the examples again from the data imported so far</source>
        <translation>अब तक आयात किए गए डेटा से उदाहरण फिर से बनाएँ</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="110"/>
        <source>Products of these categories are kept out of training and only used to test how well the model handles products it has never seen (&quot;out of domain&quot;).</source>
        <translation>इन श्रेणियों के उत्पाद प्रशिक्षण से बाहर रखे जाते हैं और केवल यह जाँचने के लिए उपयोग होते हैं कि मॉडल उन उत्पादों को कितनी अच्छी तरह संभालता है जिन्हें उसने कभी नहीं देखा (&quot;out of domain&quot;)।</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="112"/>
        <source>Test-only categories:</source>
        <translation>केवल परीक्षण वाली श्रेणियाँ:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="113"/>
        <source>A search led to a purchase:</source>
        <translation>खोज के बाद खरीदारी हुई:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Added to the cart:</source>
        <translation>कार्ट में डाला गया:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Clicked:</source>
        <translation>क्लिक किया गया:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="114"/>
        <source>Shown, not clicked:</source>
        <translation>दिखाया गया, क्लिक नहीं किया गया:</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="119"/>
        <source>exactly what was searched</source>
        <translation>बिल्कुल वही जो खोजा गया</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="120"/>
        <source>a substitute</source>
        <translation>एक विकल्प</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="121"/>
        <source>a complement</source>
        <translation>एक पूरक उत्पाद</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="122"/>
        <source>irrelevant</source>
        <translation>अप्रासंगिक</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="125"/>
        <source>How relevant a product counts for a search when this happened (used by the search tasks)</source>
        <translation>ऐसा होने पर किसी उत्पाद को खोज के लिए कितना प्रासंगिक माना जाए (खोज वाले कार्यों में उपयोग होता है)</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="133"/>
        <source>Tasks</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Validation</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="135"/>
        <source>Test</source>
        <translation>परीक्षण</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="141"/>
        <source>Example records</source>
        <translation>उदाहरण रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="209"/>
        <source>No training examples yet. Import your files, then build them here.</source>
        <translation>अभी कोई प्रशिक्षण उदाहरण नहीं है। अपनी फ़ाइलें आयात करें, फिर यहाँ उदाहरण बनाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="231"/>
        <source>Not possible</source>
        <translation>संभव नहीं</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="234"/>
        <source>No examples</source>
        <translation>कोई उदाहरण नहीं</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="236"/>
        <source>Your data gave no examples for this task</source>
        <translation>आपके डेटा से इस काम के लिए कोई उदाहरण नहीं मिला</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks_panel.cpp" line="238"/>
        <source>Ready, %n warning(s)</source>
        <translation>
            <numerusform>तैयार, %n चेतावनी</numerusform>
            <numerusform>तैयार, %n चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="241"/>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks_panel.cpp" line="250"/>
        <source>%1 of 10 tasks can be learned from your data (%n example(s) in all).</source>
        <translation>
            <numerusform>10 में से %1 कार्य आपके डेटा से सीखे जा सकते हैं (कुल %n उदाहरण)।</numerusform>
            <numerusform>10 में से %1 कार्य आपके डेटा से सीखे जा सकते हैं (कुल %n उदाहरण)।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="254"/>
        <source>To protect your customers, ShopTuner removed %1 e-mail addresses, %2 phone numbers, %3 order numbers and %4 reviewers&apos; names from their texts, and left out %5 duplicate reviews.</source>
        <translation>आपके ग्राहकों की सुरक्षा के लिए ShopTuner ने उनके पाठों से %1 ई-मेल पते, %2 फ़ोन नंबर, %3 ऑर्डर नंबर और %4 समीक्षकों के नाम हटाए, और %5 दोहराई गई समीक्षाएँ छोड़ दीं।</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="283"/>
        <source>Example %1</source>
        <translation>उदाहरण %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks_panel.cpp" line="325"/>
        <source>Could not build the examples</source>
        <translation>उदाहरण नहीं बनाए जा सके</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TasksWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="291"/>
        <source>What your model will learn</source>
        <translation>आपका मॉडल क्या सीखेगा</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="292"/>
        <source>Ten shop tasks, made from your data. Look at the examples: they are what the model practises on.</source>
        <translation>आपके डेटा से बने दुकान के दस कार्य। उदाहरण देखें: मॉडल इन्हीं पर अभ्यास करता है।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TrainPanel</name>
    <message>
        <location filename="../ui/train_panel.cpp" line="82"/>
        <location filename="../ui/train_panel.cpp" line="409"/>
        <source>&amp;Start training</source>
        <translation>प्रशिक्षण &amp;शुरू करें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="83"/>
        <source>&amp;Pause</source>
        <translation>&amp;विराम दें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="84"/>
        <source>&amp;Resume</source>
        <translation>&amp;जारी रखें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="85"/>
        <source>&amp;Cancel</source>
        <translation>&amp;रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="86"/>
        <source>E&amp;xport…</source>
        <translation>&amp;निर्यात…</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="88"/>
        <source>S&amp;mooth the curve</source>
        <translation>वक्र को &amp;चिकना करें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="110"/>
        <source>Stop at a checkpoint; Resume continues from there, even after closing ShopTuner</source>
        <translation>एक चेकपॉइंट पर रोकें; &quot;जारी रखें&quot; वहीं से आगे बढ़ाता है, ShopTuner बंद करने के बाद भी</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="113"/>
        <source>Stop and give up this run</source>
        <translation>रोकें और यह प्रशिक्षण छोड़ दें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="146"/>
        <source>Training runs</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="147"/>
        <source>Every training run of this project; choose one to see its curve</source>
        <translation>इस प्रोजेक्ट के सभी प्रशिक्षण; किसी एक को चुनें ताकि उसका वक्र दिखे</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="149"/>
        <source>Run:</source>
        <translation>प्रशिक्षण:</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="152"/>
        <source>Compare &amp;with runs</source>
        <translation>रनों से &amp;तुलना</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="153"/>
        <source>Lay other runs&apos; curves over this one, to see which settings learned best</source>
        <translation>अन्य रनों के वक्र इस पर रखें, यह देखने के लिए कि किन सेटिंग्स ने सबसे अच्छा सीखा</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="124"/>
        <source>Train &amp;elsewhere</source>
        <translation>&amp;कहीं और प्रशिक्षित करें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="40"/>
        <source>%1 of %2 examples were longer than the model reads at once (%3 tokens), so their ends were cut off. Raise “Longest example” on the Training plan page to keep them whole; training then needs more memory.</source>
        <translation>%2 में से %1 उदाहरण उससे लंबे थे जितना मॉडल एक बार में पढ़ता है (%3 टोकन), इसलिए उनके अंत काट दिए गए। उन्हें पूरा रखने के लिए प्रशिक्षण योजना पृष्ठ पर “सबसे लंबा उदाहरण” बढ़ाएँ; तब प्रशिक्षण को अधिक मेमोरी चाहिए।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="46"/>
        <source>%1 examples were left out: their question alone is longer than the model reads at once (%2 tokens), so no answer is left to learn from. Raise “Longest example” on the Training plan page to use them.</source>
        <translation>%1 उदाहरण छोड़ दिए गए: उनका प्रश्न ही उससे लंबा है जितना मॉडल एक बार में पढ़ता है (%2 टोकन), इसलिए सीखने के लिए कोई उत्तर नहीं बचता। उनका उपयोग करने के लिए प्रशिक्षण योजना पृष्ठ पर “सबसे लंबा उदाहरण” बढ़ाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="125"/>
        <source>Train on another computer or a cluster, and bring the result back</source>
        <translation>किसी दूसरे कंप्यूटर या क्लस्टर पर प्रशिक्षित करें और परिणाम वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="128"/>
        <source>Write a job folder for a cluster…</source>
        <translation>क्लस्टर के लिए जॉब फ़ोल्डर लिखें…</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="130"/>
        <source>Where to put the job folder</source>
        <translation>जॉब फ़ोल्डर कहाँ रखें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="134"/>
        <source>Import a trained adapter…</source>
        <translation>प्रशिक्षित एडैप्टर आयात करें…</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="136"/>
        <source>The adapter folder (adapter_config.json, adapter_model.safetensors)</source>
        <translation>एडैप्टर फ़ोल्डर (adapter_config.json, adapter_model.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="164"/>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="164"/>
        <source>Pass</source>
        <translation>दौर</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Learning rate</source>
        <translation>सीखने की दर</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Tokens per second</source>
        <translation>tokens प्रति सेकंड</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="165"/>
        <source>Elapsed</source>
        <translation>बीता समय</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Time left</source>
        <translation>बाकी समय</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Device</source>
        <translation>डिवाइस</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="166"/>
        <source>Memory used</source>
        <translation>उपयोग की गई मेमोरी</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="115"/>
        <source>Write this run&apos;s model for Ollama, LM Studio, llama.cpp or Hugging Face</source>
        <translation>इस रन का मॉडल Ollama, LM Studio, llama.cpp या Hugging Face के लिए लिखें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="51"/>
        <source>The computers training together ended with different results; this run&apos;s model is not reliable.</source>
        <translation>साथ प्रशिक्षण दे रहे कंप्यूटरों के परिणाम अलग-अलग निकले; इस रन का मॉडल भरोसेमंद नहीं है।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="259"/>
        <source>Run %1, %2: %3</source>
        <translation>प्रशिक्षण %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="264"/>
        <source>, best validation loss %1</source>
        <translation>, सबसे अच्छा सत्यापन लॉस %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train_panel.cpp" line="268"/>
        <source>rank %1, alpha %2, learning rate %3, %n pass(es), longest example %4 tokens, batch %5 × %6</source>
        <translation>
            <numerusform>रैंक %1, अल्फ़ा %2, सीखने की दर %3, %n पास, सबसे लंबा उदाहरण %4 टोकन, बैच %5 × %6</numerusform>
            <numerusform>रैंक %1, अल्फ़ा %2, सीखने की दर %3, %n पास, सबसे लंबा उदाहरण %4 टोकन, बैच %5 × %6</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="278"/>
        <source>Run %1</source>
        <translation>रन %1</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="294"/>
        <source>finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="294"/>
        <source>paused</source>
        <translation>विराम पर</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <source>cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <source>failed</source>
        <translation>विफल रहा</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="295"/>
        <location filename="../ui/train_panel.cpp" line="296"/>
        <source>interrupted</source>
        <translation>बीच में रुक गया</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="296"/>
        <source>training now</source>
        <translation>अभी प्रशिक्षण चल रहा है</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="327"/>
        <source>processor</source>
        <translation>प्रोसेसर</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="328"/>
        <source>graphics card (%1)</source>
        <translation>ग्राफ़िक्स कार्ड (%1)</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="335"/>
        <source>Choose a model and a plan first.</source>
        <translation>पहले एक मॉडल और एक योजना चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="337"/>
        <source>Ready to teach %1 your shop&apos;s tasks.</source>
        <translation>%1 को आपकी दुकान के कार्य सिखाने के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="339"/>
        <source>Run %1 is training… You can keep using ShopTuner meanwhile.</source>
        <translation>रन %1 का प्रशिक्षण चल रहा है… इस बीच आप ShopTuner का उपयोग करते रह सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="341"/>
        <source>Run %1: %2.</source>
        <translation>प्रशिक्षण %1: %2।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="343"/>
        <source>Resume continues where it stopped.</source>
        <translation>&quot;जारी रखें&quot; वहीं से आगे बढ़ाता है जहाँ यह रुका था।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="399"/>
        <source>Note: %1</source>
        <translation>ध्यान दें: %1</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="409"/>
        <source>&amp;Start a new run</source>
        <translation>नया प्रशिक्षण &amp;शुरू करें</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="422"/>
        <source>Choose a model first.</source>
        <translation>पहले एक मॉडल चुनें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train_panel.cpp" line="427"/>
        <source>Job folder written: %1 (%n training record(s)). Run train.sh there, or submit shoptuner-train.sbatch on a SLURM cluster; then import the adapter it makes.</source>
        <translation>
            <numerusform>जॉब फ़ोल्डर लिखा गया: %1 (%n प्रशिक्षण रिकॉर्ड)। वहाँ train.sh चलाएँ, या SLURM क्लस्टर पर shoptuner-train.sbatch जमा करें; फिर उससे बना एडैप्टर आयात करें।</numerusform>
            <numerusform>जॉब फ़ोल्डर लिखा गया: %1 (%n प्रशिक्षण रिकॉर्ड)। वहाँ train.sh चलाएँ, या SLURM क्लस्टर पर shoptuner-train.sbatch जमा करें; फिर उससे बना एडैप्टर आयात करें।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="433"/>
        <source>Cannot write the job folder</source>
        <translation>जॉब फ़ोल्डर नहीं लिखा जा सका</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="447"/>
        <source>Choose the base model the adapter was trained on first.</source>
        <translation>पहले वह मूल मॉडल चुनें जिस पर एडैप्टर प्रशिक्षित हुआ था।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="450"/>
        <source>Imported as run %1: test it on the Results page, chat with it, or export it.</source>
        <translation>रन %1 के रूप में आयात किया गया: परिणाम पृष्ठ पर इसका परीक्षण करें, इससे चैट करें या इसे निर्यात करें।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="454"/>
        <source>Cannot import the adapter</source>
        <translation>एडैप्टर आयात नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="474"/>
        <source>Training stopped with an error</source>
        <translation>प्रशिक्षण एक त्रुटि के कारण रुक गया</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="505"/>
        <source>Training… You can keep using ShopTuner meanwhile.</source>
        <translation>प्रशिक्षण चल रहा है… इस बीच आप ShopTuner का उपयोग जारी रख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="529"/>
        <source>Cannot start</source>
        <translation>शुरू नहीं किया जा सकता</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="533"/>
        <source>No model chosen</source>
        <translation>कोई मॉडल नहीं चुना गया</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="533"/>
        <source>Choose the model to teach on the Model page first.</source>
        <translation>पहले &quot;मॉडल&quot; पृष्ठ पर वह मॉडल चुनें जिसे सिखाना है।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="548"/>
        <source>Pausing after this learning step… Resume continues from there.</source>
        <translation>इस सीखने के चरण के बाद रुकेगा… फिर से शुरू करने पर वहीं से आगे बढ़ेगा।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="566"/>
        <source>Give up this run?</source>
        <translation>यह प्रशिक्षण छोड़ दें?</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="567"/>
        <source>The run stops and cannot be resumed. What it learned so far is kept only if you pause instead.</source>
        <translation>प्रशिक्षण रुक जाएगा और इसे फिर से जारी नहीं किया जा सकेगा। अब तक सीखा हुआ तभी रखा जाता है जब आप इसके बजाय विराम देते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/train_panel.cpp" line="568"/>
        <source>Give up the run</source>
        <translation>प्रशिक्षण छोड़ दें</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::TrainWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="344"/>
        <source>Teach the model your shop</source>
        <translation>मॉडल को अपनी दुकान सिखाएँ</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="345"/>
        <source>Watch the loss fall: lower means the model predicts your examples better.</source>
        <translation>लॉस को घटते हुए देखें: कम लॉस का मतलब है कि मॉडल आपके उदाहरणों का बेहतर अनुमान लगाता है।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::VerdictPanel</name>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="95"/>
        <source>&amp;Test the trained model</source>
        <translation>प्रशिक्षित मॉडल की &amp;जाँच करें</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="96"/>
        <source>E&amp;xport the model…</source>
        <translation>मॉडल &amp;निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="103"/>
        <source>Also test the model &amp;before training</source>
        <translation>प्रशिक्षण से &amp;पहले वाले मॉडल की भी जाँच करें</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="106"/>
        <source>Shows what training changed; takes about as long again</source>
        <translation>दिखाता है कि प्रशिक्षण से क्या बदला; इसमें लगभग उतना ही समय और लगता है</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="109"/>
        <source>Scores per task</source>
        <translation>हर कार्य के स्कोर</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="121"/>
        <source>Wrong answers</source>
        <translation>गलत उत्तर</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="131"/>
        <source>What do these numbers mean?</source>
        <translation>इन संख्याओं का क्या अर्थ है?</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="137"/>
        <source>Ask the trained model every kept-aside test question and score its answers the way the published benchmark does</source>
        <translation>प्रशिक्षित मॉडल से अलग रखा गया हर परीक्षण प्रश्न पूछें और उसके उत्तरों को उसी तरह अंक दें जैसे प्रकाशित बेंचमार्क देता है</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="142"/>
        <source>all</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="143"/>
        <source>How many test questions per task; more gives a surer verdict but takes longer</source>
        <translation>हर कार्य के लिए कितने परीक्षण प्रश्न; ज़्यादा प्रश्नों से निर्णय ज़्यादा भरोसेमंद होता है, पर समय ज़्यादा लगता है</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="144"/>
        <source>Test questions per task</source>
        <translation>हर कार्य के लिए परीक्षण प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="147"/>
        <source>The published model to measure yours against</source>
        <translation>वह प्रकाशित मॉडल जिससे आपके मॉडल की तुलना की जाए</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="148"/>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="189"/>
        <source>Task by task</source>
        <translation>काम दर काम</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="190"/>
        <source>As a chart</source>
        <translation>चार्ट के रूप में</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="216"/>
        <source>Task</source>
        <translation>कार्य</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="216"/>
        <source>What the model was asked to do</source>
        <translation>मॉडल से क्या करने को कहा गया</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="217"/>
        <source>Questions from</source>
        <translation>प्रश्न कहाँ से</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="217"/>
        <source>Your own products, new wording or new kinds of products</source>
        <translation>आपके अपने उत्पाद, नए शब्द या नई तरह के उत्पाद</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="218"/>
        <source>Questions</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="218"/>
        <source>How many test questions were asked; more questions give a surer verdict</source>
        <translation>कितने जाँच-प्रश्न पूछे गए; अधिक प्रश्नों से निर्णय अधिक पक्का होता है</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="219"/>
        <source>Unusable</source>
        <translation>बेकार</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="219"/>
        <source>Answers that matched none of the allowed answers; they count as wrong</source>
        <translation>वे उत्तर जो किसी मान्य उत्तर से मेल नहीं खाए; वे गलत गिने जाते हैं</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="467"/>
        <source>Score (100% is perfect)</source>
        <translation>अंक (100% पूर्ण है)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="482"/>
        <source>&lt;p&gt;Choose a task above to see what its score means and some of the answers the model got wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ऊपर एक काम चुनें और देखें कि उसके अंक का क्या अर्थ है, और मॉडल के कुछ गलत उत्तर।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="498"/>
        <source>&lt;i&gt;(nothing)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(कुछ नहीं)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="220"/>
        <location filename="../ui/verdict_panel.cpp" line="457"/>
        <source>Your model</source>
        <translation>आपका मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="220"/>
        <source>The trained model&apos;s score out of 100%; hover over a score for its likely range</source>
        <translation>प्रशिक्षित मॉडल के 100% में से अंक; संभावित दायरा देखने के लिए अंक पर माउस ले जाएँ</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="222"/>
        <source>Published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="221"/>
        <location filename="../ui/verdict_panel.cpp" line="459"/>
        <source>Before training</source>
        <translation>प्रशिक्षण से पहले</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="153"/>
        <source>Questions per task:</source>
        <translation>हर कार्य के लिए प्रश्न:</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="62"/>
        <source>&lt;h3&gt;What the Verdict&apos;s numbers mean&lt;/h3&gt;&lt;p&gt;ShopTuner kept some of your examples aside before training. The test asks the trained model those questions, which it has never seen, and scores each answer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Questions from&lt;/b&gt;: &lt;i&gt;your products&lt;/i&gt; are questions about your own catalogue; &lt;i&gt;new wording&lt;/i&gt; asks them in a way the model never saw; &lt;i&gt;new categories&lt;/i&gt; are about kinds of products it was not trained on, to see whether what it learned carries over.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unusable answers&lt;/b&gt; matched none of the answers a question allows (not one of the options, not yes or no, no list where a list was asked for). They count as wrong. Many of them mean the model needs more training.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your model&lt;/b&gt; and &lt;b&gt;Before training&lt;/b&gt; are scores out of 100%; hover over one to see the likely range. With few questions that range is wide, so below %1 questions ShopTuner does not say whether a model is better or worse than the published one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Published&lt;/b&gt; is the score a well-known model reached in the eCeLLM study, on ECInstruct&apos;s questions rather than yours: a rough guide, unless you test on the public benchmark.&lt;/p&gt;&lt;h4&gt;The scores&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;निर्णय की संख्याओं का अर्थ&lt;/h3&gt;&lt;p&gt;ShopTuner ने प्रशिक्षण से पहले आपके कुछ उदाहरण अलग रखे। जाँच प्रशिक्षित मॉडल से वे प्रश्न पूछती है, जो उसने कभी नहीं देखे, और हर उत्तर को आँकती है।&lt;/p&gt;&lt;p&gt;&lt;b&gt;प्रश्न कहाँ से&lt;/b&gt;: &lt;i&gt;आपके उत्पाद&lt;/i&gt; आपके अपने कैटलॉग के प्रश्न हैं; &lt;i&gt;नए शब्दों में&lt;/i&gt; उन्हें ऐसे पूछता है जैसे मॉडल ने कभी नहीं देखा; &lt;i&gt;नई श्रेणियाँ&lt;/i&gt; उन तरह के उत्पादों के बारे में हैं जिन पर उसे प्रशिक्षित नहीं किया गया, यह देखने के लिए कि सीखा हुआ काम आता है या नहीं।&lt;/p&gt;&lt;p&gt;&lt;b&gt;बेकार उत्तर&lt;/b&gt; किसी प्रश्न के किसी मान्य उत्तर से मेल नहीं खाए (कोई विकल्प नहीं, न हाँ न नहीं, जहाँ सूची माँगी गई वहाँ सूची नहीं)। वे गलत गिने जाते हैं। इनके बहुत होने का अर्थ है कि मॉडल को और प्रशिक्षण चाहिए।&lt;/p&gt;&lt;p&gt;&lt;b&gt;आपका मॉडल&lt;/b&gt; और &lt;b&gt;प्रशिक्षण से पहले&lt;/b&gt; 100% में से अंक हैं; संभावित दायरा देखने के लिए किसी पर माउस ले जाएँ। कम प्रश्नों पर यह दायरा चौड़ा होता है, इसलिए %1 से कम प्रश्नों पर ShopTuner नहीं बताता कि मॉडल प्रकाशित मॉडल से बेहतर है या खराब।&lt;/p&gt;&lt;p&gt;&lt;b&gt;प्रकाशित&lt;/b&gt; वह अंक है जो एक जाने-माने मॉडल ने eCeLLM अध्ययन में आपके नहीं, ECInstruct के प्रश्नों पर पाया: एक मोटा अनुमान, जब तक आप सार्वजनिक बेंचमार्क पर न जाँचें।&lt;/p&gt;&lt;h4&gt;अंक&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="159"/>
        <source>Compare with:</source>
        <translation>इससे तुलना करें:</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="166"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="166"/>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="167"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="167"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="168"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="168"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>स्प्रेडशीट (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="250"/>
        <source>&amp;Get the encoder</source>
        <translation>एनकोडर &amp;प्राप्त करें</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="204"/>
        <source>Write the trained model for Ollama, LM Studio, llama.cpp or Hugging Face</source>
        <translation>प्रशिक्षित मॉडल Ollama, LM Studio, llama.cpp या Hugging Face के लिए लिखें</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="221"/>
        <location filename="../ui/verdict_panel.cpp" line="312"/>
        <source>The same model before training, on the same questions</source>
        <translation>वही मॉडल प्रशिक्षण से पहले, उन्हीं प्रश्नों पर</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="222"/>
        <source>The published model&apos;s score in the eCeLLM study, on ECInstruct&apos;s questions</source>
        <translation>eCeLLM अध्ययन में प्रकाशित मॉडल के अंक, ECInstruct के प्रश्नों पर</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="223"/>
        <source>What it means</source>
        <translation>इसका अर्थ</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="223"/>
        <source>The score in words, and how it compares with the published model</source>
        <translation>अंक शब्दों में, और प्रकाशित मॉडल से उसकी तुलना</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="244"/>
        <source>Answers to customer questions are scored by their wording here. The published figures score them by meaning, with an encoder (1.3 GB): get it to compare them too.</source>
        <translation>यहाँ ग्राहकों के प्रश्नों के उत्तर उनके शब्दों से आँके जाते हैं। प्रकाशित आँकड़े उन्हें अर्थ से आँकते हैं, एक एन्कोडर (1.3 GB) से: उनकी भी तुलना के लिए इसे लें।</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="256"/>
        <source>The encoder is ready: answers to customer questions are scored by meaning, as the published figures are, from the next test on.</source>
        <translation>एन्कोडर तैयार है: अगली जाँच से ग्राहकों के प्रश्नों के उत्तर अर्थ से आँके जाएँगे, जैसे प्रकाशित आँकड़ों में।</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="307"/>
        <source>%1: %2
With %3 questions the true score likely lies between %4 and %5.</source>
        <translation>%1: %2
%3 प्रश्नों पर सही अंक संभवतः %4 और %5 के बीच है।</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="328"/>
        <source>Train a model first; then test it here on the examples kept aside.</source>
        <translation>पहले एक मॉडल प्रशिक्षित करें; फिर यहाँ अलग रखे गए उदाहरणों पर उसकी जाँच करें।</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="330"/>
        <source>The model has not been tested yet.</source>
        <translation>मॉडल की अभी तक जाँच नहीं हुई है।</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="359"/>
        <source>Cannot start the test</source>
        <translation>जाँच शुरू नहीं की जा सकती</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="383"/>
        <source>Part 1 of 2, the trained model</source>
        <translation>भाग 1 / 2, प्रशिक्षित मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="384"/>
        <source>Part 2 of 2, the model before training</source>
        <translation>भाग 2 / 2, प्रशिक्षण से पहले का मॉडल</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="392"/>
        <source>The test stopped with an error</source>
        <translation>जाँच एक त्रुटि के कारण रुक गई</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="411"/>
        <source>ShopTuner report</source>
        <translation>ShopTuner रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="416"/>
        <source>%1 report</source>
        <translation>%1 रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="491"/>
        <source>&lt;p&gt;No wrong answers among the questions tested for this task.&lt;/p&gt;</source>
        <translation>&lt;p&gt;इस कार्य के जाँचे गए प्रश्नों में कोई गलत उत्तर नहीं है।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="494"/>
        <source>&lt;p&gt;&lt;b&gt;The worst answers:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;सबसे खराब उत्तर:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/verdict_panel.cpp" line="496"/>
        <source>&lt;p&gt;&lt;b&gt;Question:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Expected:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;The model said:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;प्रश्न:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;अपेक्षित:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;मॉडल ने कहा:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::VerdictWizardPage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="361"/>
        <source>How well it does your shop&apos;s tasks</source>
        <translation>यह आपकी दुकान के कार्य कितनी अच्छी तरह करता है</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="362"/>
        <source>The model answers the examples kept aside; its scores stand beside published models&apos;. Done takes you to “Put it to work”, where it fills in your catalog and reads your reviews.</source>
        <translation>मॉडल अलग रखे गए उदाहरणों के उत्तर देता है; उसके अंक प्रकाशित मॉडलों के अंकों के साथ दिखते हैं। “हो गया” आपको “काम पर लगाएँ” पर ले जाता है, जहाँ यह आपका कैटलॉग भरता है और आपकी समीक्षाएँ पढ़ता है।</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::WelcomePage</name>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="141"/>
        <source>Welcome to ShopTuner</source>
        <translation>ShopTuner में आपका स्वागत है</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="142"/>
        <source>Teach a small language model your shop: your products, reviews and questions. It trains on this computer; your data never leaves it.</source>
        <translation>एक छोटे भाषा मॉडल को अपनी दुकान के बारे में सिखाएँ: आपके उत्पाद, समीक्षाएँ और प्रश्न। यह इसी कंप्यूटर पर प्रशिक्षित होता है; आपका डेटा कभी इससे बाहर नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="145"/>
        <source>Start a &amp;new shop project</source>
        <translation>&amp;नया दुकान प्रोजेक्ट शुरू करें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="145"/>
        <source>Import your own catalog, reviews, questions, searches and orders.</source>
        <translation>अपनी उत्पाद सूची, समीक्षाएँ, प्रश्न, खोजें और ऑर्डर आयात करें।</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="148"/>
        <source>&amp;Open a project file</source>
        <translation>प्रोजेक्ट फ़ाइल &amp;खोलें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="148"/>
        <source>Continue with a project saved earlier.</source>
        <translation>पहले सहेजे गए प्रोजेक्ट पर काम जारी रखें।</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="150"/>
        <source>Try the &amp;demo shop</source>
        <translation>&amp;डेमो दुकान आज़माएँ</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="151"/>
        <source>See every step with Kettle &amp;&amp; Loom, an invented homeware shop: 300 products, 1,500 reviews, questions, searches and orders.</source>
        <translation>Kettle &amp;&amp; Loom के साथ हर चरण देखें, जो घर के सामान की एक काल्पनिक दुकान है: 300 उत्पाद, 1,500 समीक्षाएँ, प्रश्न, खोजें और ऑर्डर।</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="156"/>
        <location filename="../ui/setup_wizard.cpp" line="157"/>
        <source>Recent projects</source>
        <translation>हाल के प्रोजेक्ट</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="179"/>
        <source>Open a project</source>
        <translation>प्रोजेक्ट खोलें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="179"/>
        <location filename="../ui/setup_wizard.cpp" line="232"/>
        <source>ShopTuner projects (*.shoptuner)</source>
        <translation>ShopTuner प्रोजेक्ट (*.shoptuner)</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="190"/>
        <source>The demo shop could not be set up</source>
        <translation>डेमो दुकान सेट अप नहीं की जा सकी</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="212"/>
        <source>Setting up the demo shop: importing its files and building examples…</source>
        <translation>डेमो दुकान सेट अप की जा रही है: उसकी फ़ाइलें आयात हो रही हैं और उदाहरण बन रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="213"/>
        <source>Project: %1</source>
        <translation>प्रोजेक्ट: %1</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="214"/>
        <source>Choose a project to continue.</source>
        <translation>आगे बढ़ने के लिए कोई प्रोजेक्ट चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="230"/>
        <source>Name your shop project</source>
        <translation>अपने दुकान प्रोजेक्ट का नाम रखें</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="231"/>
        <source>My shop.shoptuner</source>
        <translation>मेरी दुकान.shoptuner</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="237"/>
        <source>Cannot create the project</source>
        <translation>प्रोजेक्ट नहीं बनाया जा सकता</translation>
    </message>
    <message>
        <location filename="../ui/setup_wizard.cpp" line="246"/>
        <source>Cannot open the project</source>
        <translation>प्रोजेक्ट खोला नहीं जा सकता</translation>
    </message>
</context>
<context>
    <name>shoptuner::ui::WorkPanel</name>
    <message>
        <location filename="../ui/work_panel.cpp" line="44"/>
        <source>running now</source>
        <translation>अभी चल रहा है</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="46"/>
        <source>finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="48"/>
        <source>failed</source>
        <translation>विफल रहा</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="50"/>
        <source>stopped at %1 of %2</source>
        <translation>%2 में से %1 पर रुका</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="60"/>
        <source>Only rows no earlier job looked at</source>
        <translation>केवल वे पंक्तियाँ जिन्हें किसी पिछले काम ने नहीं देखा</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="61"/>
        <source>Only from</source>
        <translation>केवल इस दिन से</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="63"/>
        <source>Only reviews without stars</source>
        <translation>केवल बिना स्टार वाली समीक्षाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="64"/>
        <source>&amp;Run</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="68"/>
        <source>C&amp;ontinue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="72"/>
        <source>&amp;Accept all at or above</source>
        <translation>इससे ऊपर के सभी स्वीकार करें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="75"/>
        <source>E&amp;xport…</source>
        <translation>&amp;निर्यात…</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="84"/>
        <source>After importing this week&apos;s reviews or products: ask only about the new ones</source>
        <translation>इस सप्ताह की समीक्षाएँ या उत्पाद आयात करने के बाद: केवल नए वालों के बारे में पूछें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="86"/>
        <source>Ask only about reviews or questions written on this day or later</source>
        <translation>केवल इस दिन या उसके बाद लिखी गई समीक्षाओं या प्रश्नों के बारे में पूछें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="91"/>
        <source>First day</source>
        <translation>पहला दिन</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="93"/>
        <source>Reviews that came without a star rating, such as comments: the stars of the others already say how they feel</source>
        <translation>बिना स्टार रेटिंग के आई समीक्षाएँ, जैसे टिप्पणियाँ: बाकी समीक्षाओं के स्टार पहले ही बता देते हैं कि वे कैसी हैं</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="99"/>
        <source>Earlier jobs</source>
        <translation>पिछले काम</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="101"/>
        <source>Ask about the rows this job has not reached yet</source>
        <translation>उन पंक्तियों के बारे में पूछें जिन तक यह काम अभी नहीं पहुँचा</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="103"/>
        <source>Search the suggestions</source>
        <translation>सुझावों में खोजें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="106"/>
        <source>Show all</source>
        <translation>सभी दिखाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="107"/>
        <source>Show those to review</source>
        <translation>जाँचने वाले दिखाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="108"/>
        <source>Show accepted</source>
        <translation>स्वीकार किए गए दिखाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="109"/>
        <source>Show rejected</source>
        <translation>अस्वीकार किए गए दिखाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="115"/>
        <source>How sure the model must have been of a suggestion for it to be accepted</source>
        <translation>किसी सुझाव को स्वीकार करने के लिए मॉडल को उस पर कितना निश्चित होना चाहिए</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="127"/>
        <source>Enter accepts, Delete rejects, F2 edits the suggested value</source>
        <translation>Enter स्वीकार करता है, Delete अस्वीकार करता है, F2 सुझाया गया मान बदलता है</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="132"/>
        <source>Write the accepted suggestions to a file your shop imports</source>
        <translation>स्वीकार किए गए सुझाव ऐसी फ़ाइल में लिखें जिसे आपकी दुकान आयात करती है</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="174"/>
        <source>Let the model you trained do shop work: it suggests, you decide. Nothing is written to your files until you export.</source>
        <translation>अपने प्रशिक्षित मॉडल से दुकान का काम करवाएँ: यह सुझाव देता है, आप तय करते हैं। निर्यात करने तक आपकी फ़ाइलों में कुछ नहीं लिखा जाता।</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="179"/>
        <source>Job:</source>
        <translation>काम:</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="181"/>
        <source>Model:</source>
        <translation>मॉडल:</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="194"/>
        <source>Suggestions of:</source>
        <translation>इसके सुझाव:</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="244"/>
        <source>Trained model, run %1 (%2)</source>
        <translation>प्रशिक्षित मॉडल, प्रशिक्षण %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="248"/>
        <source>Base model, untrained (%1)</source>
        <translation>मूल मॉडल, बिना प्रशिक्षण का (%1)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="267"/>
        <source>Job %1, %2: %3</source>
        <translation>काम %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="297"/>
        <source>Choose a model and train it first.</source>
        <translation>पहले एक मॉडल चुनें और उसे प्रशिक्षित करें।</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="316"/>
        <source>No suggestions yet: choose a job and run it.</source>
        <translation>अभी कोई सुझाव नहीं: एक काम चुनें और उसे चलाएँ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="321"/>
        <source>%n suggestion(s): </source>
        <translation>
            <numerusform>%n सुझाव: </numerusform>
            <numerusform>%n सुझाव: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="322"/>
        <source>%1 accepted, %2 rejected, %3 to review.</source>
        <translation>%1 स्वीकार, %2 अस्वीकार, %3 जाँचने बाकी।</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="327"/>
        <source>For %n more the model found nothing to suggest.</source>
        <translation>
            <numerusform>%n और के लिए मॉडल को सुझाने को कुछ नहीं मिला।</numerusform>
            <numerusform>%n और के लिए मॉडल को सुझाने को कुछ नहीं मिला।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="330"/>
        <source>For %n the model&apos;s answer could not be read: it needs more training (the Balanced or Thorough plan) or more examples of this task.</source>
        <translation>
            <numerusform>%n के लिए मॉडल का उत्तर पढ़ा नहीं जा सका: इसे और प्रशिक्षण (संतुलित या गहन योजना) या इस काम के और उदाहरण चाहिए।</numerusform>
            <numerusform>%n के लिए मॉडल का उत्तर पढ़ा नहीं जा सका: इसे और प्रशिक्षण (संतुलित या गहन योजना) या इस काम के और उदाहरण चाहिए।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="358"/>
        <source>Run a job the model is weak at?</source>
        <translation>ऐसा काम चलाएँ जिसमें मॉडल कमज़ोर है?</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="359"/>
        <source>You can still run it and check every suggestion.</source>
        <translation>आप फिर भी इसे चला सकते हैं और हर सुझाव जाँच सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="360"/>
        <source>Run anyway</source>
        <translation>फिर भी चलाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="398"/>
        <source>The job stopped with an error</source>
        <translation>काम एक त्रुटि के साथ रुक गया</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/work_panel.cpp" line="420"/>
        <source>%n accepted just now.</source>
        <translation>
            <numerusform>%n अभी स्वीकार किया गया।</numerusform>
            <numerusform>%n अभी स्वीकार किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="458"/>
        <source>catalog with filled attributes</source>
        <translation>भरी हुई विशेषताओं वाला कैटलॉग</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="458"/>
        <source>reviews triaged</source>
        <translation>छाँटी गई समीक्षाएँ</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="463"/>
        <source>-filled</source>
        <translation>-filled</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="465"/>
        <source>Export the suggestions</source>
        <translation>सुझाव निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="466"/>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV फ़ाइलें (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="481"/>
        <source>Written: %1.</source>
        <translation>लिखा गया: %1।</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="489"/>
        <source>Where is the catalog file you imported (%1)?</source>
        <translation>आपने जो कैटलॉग फ़ाइल आयात की थी (%1), वह कहाँ है?</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="490"/>
        <source>Shop files (*.csv *.tsv *.txt)</source>
        <translation>दुकान की फ़ाइलें (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="495"/>
        <source>The catalog file changed</source>
        <translation>कैटलॉग फ़ाइल बदल गई है</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="496"/>
        <source>%1 changed since you imported it. ShopTuner writes a copy of the file as it is now, with the accepted values filled in; values it no longer finds are listed, not written.</source>
        <translation>%1 आयात के बाद से बदल गई है। ShopTuner फ़ाइल की अभी जैसी है वैसी एक प्रति लिखता है, जिसमें स्वीकार किए गए मान भरे होते हैं; जो मान अब नहीं मिलते वे सूची में आते हैं, लिखे नहीं जाते।</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="499"/>
        <source>Write the copy</source>
        <translation>प्रति लिखें</translation>
    </message>
    <message>
        <location filename="../ui/work_panel.cpp" line="504"/>
        <location filename="../ui/work_panel.cpp" line="507"/>
        <source>Could not export</source>
        <translation>निर्यात नहीं हो सका</translation>
    </message>
</context>
</TS>
