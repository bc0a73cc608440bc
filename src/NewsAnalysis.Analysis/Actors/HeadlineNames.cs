namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// A Title Case headline capitalises every word, so the recogniser runs names into the words around them ("IBM Aims
/// New DB2", "OPEC Increases Oil Output") or takes a capitalised noun for one ("More Hurricanes"). Two passes take
/// such words out of names: in any sentence that capitalises most words, a word listed as lower case; then in the
/// article's headline lines, a common lower-case word the body never writes as a name (neither capitalised inside a
/// sentence nor within a name the recogniser found there). The body is the evidence a reader uses too; a
/// headline-only text keeps only what is not a common word.
/// </summary>
internal static class HeadlineNames
{
    public static void Trim(NerDocument d, Span<int> labels)
    {
        TrimListedWords(d, labels);
        TrimUnconfirmedWords(d, labels);
    }

    // "Netanyahu Rejects", "World Cup After Beating Argentina": a word usually written in lower case and on no name
    // list is not part of the name. Title Case only: in wire-style CAPITALS headlines the model does better alone
    // (CoNLL dev).
    private static void TrimListedWords(NerDocument d, Span<int> labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside || (d.Flags[i] & NerDocument.TokenFlags.TitleSentence) == 0)
            {
                continue;
            }

            if ((IsListedLowerCase(d, i) || IsHeadlineWord(d, i)) && !AfterGivenName(d, labels, i))
            {
                NerLabels.Remove(labels, i);
            }
        }
    }

    private static void TrimUnconfirmedWords(NerDocument d, Span<int> labels)
    {
        var sentences = d.Document.Sentences;
        var headlines = new bool[sentences.Count];
        var any = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            headlines[s] = IsHeadline(d, s) && IsTitleCase(d, sentences[s].FirstToken, sentences[s].EndToken);
            any |= headlines[s];
        }

        if (!any)
        {
            return;
        }

        var namedInBody = new bool[d.Words];
        for (var i = 0; i < d.Count; i++)
        {
            var flags = d.Flags[i];
            var capitalisedInside = (flags & NerDocument.TokenFlags.InitialCap) != 0 && (flags & NerDocument.TokenFlags.SentenceStart) == 0;
            if (!headlines[d.SentenceOf[i]] && (capitalisedInside || labels[i] != NerLabels.Outside))
            {
                namedInBody[d.WordOf[i]] = true;
            }
        }

        for (var i = 0; i < d.Count; i++)
        {
            if (labels[i] != NerLabels.Outside && headlines[d.SentenceOf[i]] && !namedInBody[d.WordOf[i]] && IsCommonWord(d, i)
                && !AfterGivenName(d, labels, i))
            {
                NerLabels.Remove(labels, i);
            }
        }
    }

    private static bool IsListedLowerCase(NerDocument d, int i) => d.GazBegin[i] == Gazetteer.LowerCaseWord && d.GazInside[i] == 0;

    // "Rejects", "Guarantees": seen only in lower case in the training text and on no name list.
    private static bool IsHeadlineWord(NerDocument d, int i) =>
        d.GazBegin[i] == 0 && d.GazInside[i] == 0 && (d.ListsOf(i) & Gazetteer.HeadlineWord) != 0;

    // "Phil Fear": a common word after a given name in a person's name is the surname.
    private static bool AfterGivenName(NerDocument d, Span<int> labels, int i) =>
        i > 0 && NerLabels.TypeOf(labels[i]) == 0 && NerLabels.Continues(labels[i]) && (d.GazBegin[i - 1] & Gazetteer.GivenName) != 0;

    // The article's first line, or a line of its own that ends without a full stop and holds no figure or list (a
    // sub-heading): results tables and lists of names are capitalised too, and their surnames are common words
    // ("Michael Green", "Walter Little").
    private static bool IsHeadline(NerDocument d, int s)
    {
        var sentence = d.Document.Sentences[s];
        var text = d.Document.Text;
        var span = sentence.Span;
        var alone = (span.Start == 0 || text[span.Start - 1] is '\n' or '\r') && (span.End == text.Length || text[span.End] is '\n' or '\r');
        if (!alone)
        {
            return false;
        }

        if (text.AsSpan(0, span.Start).Trim().IsEmpty)
        {
            return true;
        }

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if ((d.Flags[i] & NerDocument.TokenFlags.HasDigit) != 0 || d.Document.TokenChars(i) is "," or "." or "!" or "?" or ";" or ":")
            {
                return false;
            }
        }

        return true;
    }

    // Every word but the small ones capitalised, at least three such words, one of them a common word written with a
    // capital; not all in capitals (the model reads wire-style CAPITALS headlines better alone).
    private static bool IsTitleCase(NerDocument d, int first, int end)
    {
        int words = 0, common = 0, capitals = 0;
        for (var i = first; i < end; i++)
        {
            var flags = d.Flags[i];
            if ((flags & (NerDocument.TokenFlags.InitialCap | NerDocument.TokenFlags.Lowercase)) == 0)
            {
                continue;
            }

            if ((flags & NerDocument.TokenFlags.Lowercase) != 0)
            {
                if (IsSmallWord(d.Document.TokenChars(i)))
                {
                    continue;
                }

                return false;
            }

            words++;
            capitals += (flags & NerDocument.TokenFlags.AllCaps) != 0 ? 1 : 0;
            common += i > first && IsCommonWord(d, i) ? 1 : 0;
        }

        return words >= 3 && common >= 1 && capitals < words;
    }

    // On no name list, and either listed as a lower-case word or written in lower case elsewhere in the article.
    private static bool IsCommonWord(NerDocument d, int i)
    {
        var lists = d.GazBegin[i] & ~Gazetteer.Continues;
        return (d.Flags[i] & NerDocument.TokenFlags.AllCaps) == 0 && d.GazInside[i] == 0
            && (lists == Gazetteer.LowerCaseWord
                || (lists == 0 && ((d.ListsOf(i) & Gazetteer.HeadlineWord) != 0 || (d.Flags[i] & NerDocument.TokenFlags.SeenLowerElsewhere) != 0)));
    }

    private static bool IsSmallWord(ReadOnlySpan<char> word) => word switch
    {
        "a" or "an" or "the" or "of" or "in" or "on" or "at" or "to" or "for" or "and" or "or" or "but" or "nor" or "with"
            or "by" or "from" or "as" or "vs" or "via" or "into" or "onto" or "over" or "per" or "up" or "off" or "out"
            or "is" or "are" or "be" or "its" or "than" or "after" => true,
        _ => false,
    };
}
