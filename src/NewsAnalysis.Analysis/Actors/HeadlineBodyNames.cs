using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Actors;

/// <summary>
/// A Title Case headline's names cut back to what the body below it names, with the body's kind (the recogniser's
/// pass over the headline alone is <see cref="HeadlineNames"/>).
/// </summary>
internal sealed class HeadlineBodyNames(KindEvidence evidence)
{
    // "Unused Google Excerpt", "Astros Refocus", "Beckham Could": in the headline line above a body, where every word is
    // capitalised, a name the recogniser ran into the words around it is the part the body names (a name found there,
    // or a person's surname), when the body names none of the other words.
    public void Trim(TextDocument document, List<NameMention> names)
    {
        var headlineEnd = document.Text.IndexOf('\n', StringComparison.Ordinal);
        if (headlineEnd < 0 || IsOpeningSentence(document.Text.AsSpan(0, headlineEnd)))
        {
            return;
        }

        // "Greenspan Worried Congress ..." above "Federal Reserve Chairman Alan Greenspan said": a headline's lone word
        // that is a surname in the body is that person.
        for (var i = 0; i < names.Count && names[i].Span.Start < headlineEnd; i++)
        {
            if (names[i].Words.Length == 1 && names[i].Kind != ActorKind.Person && IsBodySurname(names, headlineEnd, names[i].Key))
            {
                names[i] = names[i] with { Kind = ActorKind.Person };
            }
        }

        if (!names.Exists(n => n.Span.Start < headlineEnd && n.Words.Length > 1))
        {
            return;
        }

        // The body's names and persons' surnames, each with the kind the body gives it first.
        Dictionary<string, ActorKind>? bodyNames = null;
        HashSet<string>? bodyWords = null;
        foreach (var name in names)
        {
            if (name.Span.Start > headlineEnd)
            {
                bodyNames ??= new(StringComparer.Ordinal);
                bodyNames.TryAdd(name.Key, name.Kind);
                bodyWords ??= new(StringComparer.Ordinal);
                bodyWords.UnionWith(name.Words);
                if (name.Kind == ActorKind.Person && name.Words.Length > 1)
                {
                    bodyNames.TryAdd(name.Words[^1], ActorKind.Person);
                }
            }
        }

        if (bodyNames is null || bodyWords is null)
        {
            return;
        }

        for (var i = 0; i < names.Count && names[i].Span.Start < headlineEnd; i++)
        {
            var name = names[i];
            if (name.Words.Length < 2 || bodyNames.ContainsKey(name.Key))
            {
                continue;
            }

            // The longest run of the name's words that the body names, the words around it named nowhere in the body.
            var (from, to) = (0, 0);
            for (var a = 0; a < name.Words.Length; a++)
            {
                for (var b = name.Words.Length; b > a + (to - from); b--)
                {
                    if ((a > 0 || b < name.Words.Length) && bodyNames.ContainsKey(string.Join(' ', name.Words[a..b])))
                    {
                        (from, to) = (a, b);
                        break;
                    }
                }
            }

            if (to == 0 || name.Words[..from].Any(bodyWords.Contains) || name.Words[to..].Any(bodyWords.Contains)
                || (evidence.Lists(document, name.First, name.End) & (Gazetteer.Places | Gazetteer.Club | Gazetteer.Company)) != 0
                || (from > 0 && (!AreCommonWords(document, name.First, name.First + from)
                                 || BodyWrites(document, headlineEnd, name.Words[(from - 1)..to]))))
            {
                continue;
            }

            // The part the body names has the kind the body gives it: the recogniser reads a headline's words poorly.
            var (first, end) = (name.First + from, name.First + to);
            var span = new Span(document.Tokens[first].Span.Start, document.Tokens[end - 1].Span.End);
            var words = name.Words[from..to];
            names[i] = new NameMention(first, end, bodyNames[string.Join(' ', words)], words, span);
        }
    }

    // "Thames Water has been fined £123m for breaches of rules on sewage and dividends, the largest penalty ...
    // imposed.": a long first paragraph that ends as a sentence does is the story's opening, not a headline (a wire
    // headline may end in a full stop: "Ericsson says wins 1.2 bln SKR China order .").
    private static bool IsOpeningSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        while (line.Length > 0 && QuoteMarks.IsMark(line[^1..], out _))
        {
            line = line[..^1];
        }

        if (line.Length == 0 || line[^1] is not ('.' or '!'))
        {
            return false;
        }

        var words = 0;
        for (var k = 0; k < line.Length; k++)
        {
            words += char.IsLetter(line[k]) && (k == 0 || line[k - 1] == ' ') ? 1 : 0;
        }

        return words > 14;
    }

    // A person's surname in the body: "Alan Greenspan" below "Greenspan Worried ...".
    // Not when the body names the word alone as something else ("Ford" the carmaker beside "Bill Ford").
    private static bool IsBodySurname(List<NameMention> names, int bodyStart, string key)
    {
        var surname = false;
        foreach (var n in names)
        {
            if (n.Span.Start <= bodyStart)
            {
                continue;
            }

            if (n.Words.Length == 1 && n.Key == key && n.Kind != ActorKind.Person)
            {
                return false;
            }

            surname |= n.Kind == ActorKind.Person && n.Words.Length > 1 && n.Words[^1] == key;
        }

        return surname;
    }

    // "David dal Maso" below "Dal Maso in to replace Bergamasco": the body writes the word before the name too.
    private static bool BodyWrites(TextDocument document, int bodyStart, string[] words)
    {
        for (var t = 0; t + words.Length <= document.Tokens.Count; t++)
        {
            if (document.Tokens[t].Span.Start <= bodyStart || !document.TokenChars(t).Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var k = 1;
            while (k < words.Length && NameTokens.Normalize(document.TokenChars(t + k)).Equals(words[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == words.Length)
            {
                return true;
            }
        }

        return false;
    }

    private const ushort ProperNameLists = Gazetteer.PlacesOrDemonyms | Gazetteer.GivenName | Gazetteer.Surname | Gazetteer.Company
        | Gazetteer.Club | Gazetteer.TrainingPerson | Gazetteer.TrainingOrganization | Gazetteer.TrainingLocation;

    // "Fuming Robinson", "Rapper Snoop Dogg": words before the name on no list of names; not "The Osbournes", "Dal
    // Maso" (a given name), and not a listed name as a whole ("Man City", "Bristol City").
    private bool AreCommonWords(TextDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            var word = document.TokenChars(t);
            if (ActorLexicon.FunctionWords.ContainsWord(word)
                || (evidence.Lists(document, t, t + 1) & ProperNameLists) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
