#include "instruction_templates.h"

namespace shoptuner::data {
namespace {

struct TaskWordings
{
    const char *task;
    const char *wordings[kWordingsPerTask];
};

// Our own sentences; eCeLLM's are not reused.
const TaskWordings kWordings[] = {
    {"Attribute_Value_Extraction",
        {
            "Read the product information (title, description, features, price and brand) and find the value of every "
            "target attribute. For each value, also say which part of the product information it came from.",
            "For each target attribute, pull its value out of the product details and name the field (title, "
            "description, feature or brand) where you found it.",
            "Look through the product's title, description, features and brand for the target attributes. List each "
            "attribute with its value and source; use None for both when the product information does not mention it.",
            "Extract attribute values from this product listing. Return a list of objects with the attribute, the "
            "value as written in the listing and the field it appears in.",
            "Which values do the target attributes take for this product? Answer with the attribute, the value and the "
            "source field, writing None when a value cannot be found.",
            "Identify the value of each requested attribute in the product description fields and report where in the "
            "listing each value occurs.",
        }},
    {"Product_Relation_Prediction",
        {
            "Given the titles of two products, decide how they relate: are they bought together, viewed together, or "
            "similar to each other? Choose one of the options.",
            "Compare the titles of product 1 and product 2 and pick the option that describes their relation best.",
            "From the two product titles, predict whether shoppers buy both, view both, or see them as similar items. "
            "Answer with one option.",
            "Two products are named below. Select the option that states the relation between them.",
            "Judge from their titles whether these two products are co-purchased, co-viewed or similar, and reply with "
            "the matching option.",
            "Work out the relation between the two listed products using only their titles, and answer with the option "
            "that fits.",
        }},
    {"Product_Matching",
        {
            "Two product listings are given with title, description, manufacturer and price. Are they the same "
            "product? Answer only yes or no.",
            "Compare the two listings field by field and answer yes if they describe one and the same product, no if "
            "they do not.",
            "Do these two offers refer to the same item? Reply with yes or no.",
            "Decide whether product 1 and product 2 are identical products sold under two listings. Write yes or no.",
            "Using the title, description, manufacturer and price, tell whether the two entries match the same "
            "product. Output yes or no only.",
            "Check whether both listings are for the same product and give a one-word answer: yes or no.",
        }},
    {"Sentiment_Analysis",
        {
            "Read the customer's review and choose the option that matches how the customer feels about the product.",
            "How positive or negative is this review? Pick one of the listed options.",
            "Classify the feeling expressed in the review below, from very positive to very negative, using the "
            "options.",
            "Decide what sentiment the reviewer expresses and answer with the option that describes it.",
            "Judge the tone of this product review and select the sentiment option that fits it best.",
            "Tell how satisfied the reviewer is by choosing the matching sentiment from the options.",
        }},
    {"Sequential_Recommendation",
        {
            "The user bought the products below, oldest first. Of the candidate products in the options, which one "
            "will the user most likely buy next? Answer with its letter.",
            "Based on this purchase history, pick the option the customer is most likely to order next.",
            "Look at what the shopper has bought so far and choose the next purchase from the listed candidates.",
            "Rank the candidate products by how well they fit the user's past purchases and reply with the best one.",
            "Given the items this customer bought in order, predict the item they will buy next. Choose one of the "
            "options.",
            "Infer what this customer wants from their order history and select the product they are most likely to "
            "purchase next.",
        }},
    {"Multiclass_Product_Classification",
        {
            "How relevant is the product to the search query? Choose one of the options.",
            "Compare the search query with the product title and pick the option that describes how well the product "
            "fits the query.",
            "A shopper searched for the query below and was shown this product. Select the option that states its "
            "relevance.",
            "Judge whether the product matches the query exactly, can replace what was searched for, complements it, "
            "or is unrelated, and answer with the option.",
            "Classify the relevance of the product title to the query using the given options.",
            "Decide how closely this product meets what the search query asks for and answer with the fitting option.",
        }},
    {"Product_Substitute_Identification",
        {
            "Given a search query and a product, say whether the product could stand in for what was searched for even "
            "though it does not match every detail. Answer yes or no.",
            "Could a shopper use this product as a substitute for the query? Reply yes or no.",
            "Answer yes if the product is a workable replacement for the searched item and no otherwise.",
            "The product may miss some of the query's requirements. Decide whether it still serves as a functional "
            "substitute, and output yes or no.",
            "Tell whether this product is a substitute for the query: yes or no.",
            "Would this product do the job the searcher wants, as an alternative rather than an exact match? Give a "
            "yes or no answer.",
        }},
    {"Query_Product_Rank",
        {
            "Rank the lettered products by how relevant they are to the search query, most relevant first. Output the "
            "letters separated by commas.",
            "Order the products in the list from best to worst match for the query and give the letters in that order.",
            "Sort the candidate products by relevance to what the shopper searched for, with the most relevant one "
            "first.",
            "Read the query and each product title, then list the product letters from most to least relevant.",
            "Produce a ranking of the listed products for this query, putting the product that fits the query best at "
            "the top.",
            "Arrange the products by how well each title satisfies the search query, starting with the best match, and "
            "write the letters comma-separated.",
        }},
    {"Answerability_Prediction",
        {
            "Given a customer's question and snippets from product reviews, decide whether the snippets contain enough "
            "to answer the question. Output only yes or no.",
            "Can the question be answered from the review snippets? Answer yes or no.",
            "Read the question and the supporting document. Reply yes if the document holds the answer and no if it "
            "does not.",
            "Check whether the review excerpts address the shopper's question, and output yes or no.",
            "Decide if the information in the document is sufficient to answer the question. Write yes or no.",
            "Tell whether someone could answer this product question using only the given review snippets: yes or no.",
        }},
    {"Answer_Generation",
        {
            "Answer the customer's question about the product using the review snippets in the document.",
            "Write an answer to the question based on what the reviews say.",
            "Use the supporting document to respond to the shopper's question.",
            "Reply to the product question with information taken from the review snippets.",
            "Read the document and give a helpful answer to the question.",
            "Draw on the review excerpts to answer the question about this product.",
        }},
};

} // namespace

QStringList instructionWordings(const QString &task)
{
    for (const TaskWordings &t : kWordings) {
        if (task == QLatin1String(t.task)) {
            QStringList out;
            for (const char *w : t.wordings)
                out.append(QString::fromUtf8(w));
            return out;
        }
    }
    return {};
}

} // namespace shoptuner::data
