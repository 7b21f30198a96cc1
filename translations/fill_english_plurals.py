#!/usr/bin/env python3
"""Fills the English plural forms in shoptuner_en.ts: "(s)" becomes "" or "s" (and "were" "was").

Run after lupdate (cmake --build build --target shoptuner_ui_lupdate); only numerus messages are
touched, every other message stays unfinished, so the source text is used as it is.
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/shoptuner_en.ts"
text = open(path, encoding="utf-8").read()


def forms(source):
    singular = source.replace("(s)", "").replace(" were ", " was ")
    plural = source.replace("(s)", "s")
    return singular, plural


def fill(match):
    block = match.group(0)
    source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
    singular, plural = forms(source)
    translation = ('<translation>\n            <numerusform>%s</numerusform>\n'
                   '            <numerusform>%s</numerusform>\n        </translation>' % (singular, plural))
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation, block, flags=re.S)


text = re.sub(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
