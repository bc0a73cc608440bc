using System.Buffers;
using System.Globalization;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Claims;

/// <summary>
/// Finds claims, attributed and unattributed, and who they are attributed to. Attributed claims are the content of
/// reported speech (<see cref="AttributionFinder"/>); every other declarative sentence the check-worthiness model
/// rates at least <see cref="MinUnattributedWorthiness"/>, or that carries the article's own judgement ("seems to be",
/// "akin to"), is an unattributed claim, one per sentence.
/// </summary>
public sealed class ClaimExtractor
{
    public const double MinUnattributedWorthiness = 0.2;

    public const double MinCueStrength = 0.25;

    // Chosen on PolNeAR dev (0.2 to 0.6 tried): lower finds more content but attaches it to wrong sources.
    public const double MinCueProbability = 0.35;

    // Longer "sentences" are run-ons the splitter could not cut (tables, garbage): no one could check them as one claim.
    private const int MaxStatementLength = 1500;

    // Hedges and judgements that make an otherwise plain sentence the article's own contestable opinion.
    private static readonly WordSet Judgement = new(
        "seems", "seem", "seemed", "appears", "apparently", "akin", "clearly", "obviously", "undoubtedly", "supposedly",
        "arguably", "surely", "must", "should", "attempt", "tantamount", "amounts", "so-called");

    private readonly AttributionFinder _finder;
    private readonly CheckWorthinessModel _worthiness;

    public ClaimExtractor()
        : this(CueLexicon.Default, CheckWorthinessModel.Default, CueModel.Default, AttributionFilter.Default)
    {
    }

    public ClaimExtractor(CueLexicon cues, CheckWorthinessModel worthiness, CueModel? cueModel = null, AttributionFilter? filter = null)
    {
        _finder = new AttributionFinder(cues, MinCueStrength, cueModel, MinCueProbability, filter);
        _worthiness = worthiness;
    }

    public IReadOnlyList<Claim> Extract(TextDocument document, IReadOnlyList<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(actors);
        var text = document.Text;
        var quotes = QuoteFinder.Find(text);
        var attributed = _finder.Find(document, quotes, actors);
        var mentions = MentionIndex.Build(actors, text);

        var drafts = new List<(Span Span, Attribution Attribution, double Worthiness)>(attributed.Count + document.Sentences.Count / 2);
        var seen = new HashSet<(Span, Span?)>();
        var sentenceScores = new double[document.Sentences.Count];   // several reports often share one sentence
        Array.Fill(sentenceScores, double.NaN);
        var speakers = Speakers(attributed);
        var interview = InterviewAnswers.Find(document, actors);
        foreach (var a in attributed)
        {
            if (!seen.Add((a.Content, a.Source)))
            {
                continue;
            }

            var continued = a.Source is { } p && a.Kind != AttributionKind.Vague ? ContinuedSpeaker(p, text, speakers, mentions) : (false, null);
            var continuesUnnamed = continued.Continues && continued.Named is null;
            var source = a.Source is { } s
                ? new AttributionSource(s, s.Of(text), a.Kind == AttributionKind.Vague || continuesUnnamed ? null : continued.Named ?? ActorOf(s, text, mentions))
                : null;
            // "A: ... I am confident that covers the award": the one answering.
            if (a.Source is { } own && a.Kind != AttributionKind.Vague && interview.Interviewee is { } answering && IsFirstPerson(own.SliceOf(text)) && interview.InAnswer(own))
            {
                source = new AttributionSource(own, own.Of(text), answering.ActorId);
            }

            var found = a.Kind;
            if (a.Rule == AttributionRule.ContinuedQuote && a.Cue is null && a.Source is { } earlier && IntroducedSpeaker(document, a.Content, earlier, mentions) is { } introduced)
            {
                source = new AttributionSource(introduced.Span, introduced.Span.Of(text), introduced.Id);
                continuesUnnamed = false;
                found = AttributionKind.Direct;
            }

            var cue = a.Cue is { } c ? new Cue(c, c.Of(text)) : null;
            // "The spokesman added ..." with no one named it could be, or "he" going on with "a senior official":
            // a source without a name, quoted or not.
            var kind = continuesUnnamed || (found != AttributionKind.Vague && source is { ActorId: null } && IsUnnamedPerson(source.Text))
                ? AttributionKind.Vague
                : found;
            drafts.Add((a.Content, new Attribution(kind, source, cue), Worthiness(document, a.Content, sentenceScores)));
        }

        if (interview.Interviewee is { } interviewee)
        {
            foreach (var (label, answer) in interview.Answers)
            {
                if (seen.Add((answer, interviewee.Span)))
                {
                    drafts.Add((answer, new Attribution(AttributionKind.Direct, interviewee, new Cue(label, label.Of(text))), Worthiness(document, answer, sentenceScores)));
                }
            }
        }

        AddUnattributed(document, attributed, interview.Answers, drafts);

        drafts.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start) : x.Span.End.CompareTo(y.Span.End));
        var claims = new List<Claim>(drafts.Count);
        foreach (var (span, attribution, worthiness) in drafts)
        {
            var id = "c" + (claims.Count + 1).ToString(CultureInfo.InvariantCulture);
            claims.Add(new Claim(id, span, span.Of(text), Math.Round(worthiness, 3), attribution));
        }

        return claims;
    }

    // The model learned from whole sentences, so reported content is rated both alone and in its sentence.
    private double Worthiness(TextDocument document, Span content, double[] sentenceScores)
    {
        var own = _worthiness.Score(content.SliceOf(document.Text));
        var sentences = document.Sentences;
        var index = document.SentenceIndexAtOffset(content.Start);
        if (index < 0 || sentences[index].Span.Length > MaxStatementLength)
        {
            return own;
        }

        if (double.IsNaN(sentenceScores[index]))
        {
            sentenceScores[index] = sentences[index].Span == content ? own : _worthiness.Score(sentences[index].Span.SliceOf(document.Text));
        }

        return Math.Max(own, sentenceScores[index]);
    }

    // The sources in text order, to find the speaker a pronoun continues.
    private static Span[] Speakers(List<FoundAttribution> attributed)
    {
        var count = 0;
        foreach (var a in attributed)
        {
            count += a.Source is null ? 0 : 1;
        }

        var speakers = new Span[count];
        count = 0;
        foreach (var a in attributed)
        {
            if (a.Source is { } s)
            {
                speakers[count++] = s;
            }
        }

        Array.Sort(speakers, (x, y) => x.Start.CompareTo(y.Start));
        return speakers;
    }

    private const int ContinuedSpeakerWindow = 400;

    // "Tony Blair's official spokesman said ... He added ...": "he" goes on with the spokesman, who has no name, not
    // with the named man the resolver would pick. The pronoun then links to no actor rather than to the wrong one;
    // when the spokesman's name is set off beside the role ("Cosby's lawyer, Walter M Phillips Jr, said"), to him.
    private static (bool Continues, string? Named) ContinuedSpeaker(Span source, string text, Span[] speakers, MentionIndex mentions)
    {
        var pronoun = source.SliceOf(text);
        var he = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase);
        if (!he && !pronoun.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        int lo = 0, hi = speakers.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (speakers[mid].Start < source.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo - 1; k >= 0; k--)
        {
            var previous = speakers[k];
            if (previous.End > source.Start)
            {
                continue;
            }

            if (source.Start - previous.End > ContinuedSpeakerWindow)
            {
                return (false, null);
            }

            // "A witness, who gave her name only as Kelly, said ... "...," she told the BBC": a name between may be
            // the unnamed speaker's own or the one the pronoun means; a person named only before both is neither.
            var named = mentions.PersonAround(previous);
            var namedBetween = mentions.NamesPersonBetween(Math.Max(previous.End, named?.Span.End ?? 0), source.Start);
            var meant = mentions.ActorAt(source);
            if (namedBetween && (meant is null || mentions.NamesPersonBetween(previous.End, source.Start, meant)))
            {
                return (false, null);
            }

            // "A witness, who gave her name only as Lena, said": the relative pronoun is the witness again.
            if (previous.SliceOf(text).Equals(pronoun, StringComparison.OrdinalIgnoreCase) || previous.SliceOf(text) is "who" or "which")
            {
                continue;
            }

            var head = Head(previous.SliceOf(text));
            var unnamed = UnnamedSpeakers.Contains(head) || PassersBy.Contains(head) || (he ? UnnamedMen.Contains(head) : UnnamedWomen.Contains(head));
            // "The City manager admitted ... he told reporters": a role at a named body, which the resolver took for the
            // one the pronoun names.
            if (!unnamed || (meant is not null && previous.SliceOf(text)[1..].ContainsAny(Capitals) && mentions.ActorAt(previous) == meant))
            {
                return (false, null);
            }

            // With someone else named between, the role's own name counts only where the resolver agrees.
            return (true, namedBetween && named?.Id != meant ? null : named?.Id);
        }

        return (false, null);
    }

    // `Double try scorer Martyn Williams was keen not to talk about a Grand Slam. "We've got more self-belief ..."`:
    // a quotation with no cue of its own, right after a sentence a named person opens, is that person's rather than
    // the speaker quoted before that sentence.
    private static (string Id, Span Span)? IntroducedSpeaker(TextDocument document, Span quote, Span earlier, MentionIndex mentions)
    {
        // The last sentence that ends before the quotation: the one it starts in or after, or one before that.
        var sentences = document.Sentences;
        var before = document.SentenceIndexAtOffset(quote.Start);
        while (before >= 0 && sentences[before].Span.End >= quote.Start)
        {
            before--;
        }

        if (before < 0 || sentences[before].Span.Start <= earlier.Start)
        {
            return null;
        }

        var sentence = sentences[before];
        var words = sentence.Span.SliceOf(document.Text);
        if (words.IndexOfAny(QuoteMarks) >= 0)
        {
            return null;
        }

        // "Asked what she would say to other survivors, Okafor pauses.": the name after the opening phrase.
        var opening = sentence.FirstToken;
        if (words.StartsWith("Asked ", StringComparison.Ordinal))
        {
            while (opening < sentence.FirstToken + sentence.TokenCount - 1 && document.TokenChars(opening) is not ",")
            {
                opening++;
            }

            opening++;
        }

        var last = Math.Min(opening + 5, sentence.FirstToken + sentence.TokenCount - 1);
        if (opening >= last)
        {
            return null;
        }

        return mentions.PersonStartingIn(document.Tokens[opening].Span.Start, document.Tokens[last].Span.Start) is { } person
            && ActorOf(earlier, document.Text, mentions) != person.Id
            ? person
            : null;
    }

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”");

    // "a spokesman for the company" is a spokesman.
    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> phrase)
    {
        foreach (var preposition in (ReadOnlySpan<string>)[" for ", " of ", " at ", " with ", " from "])
        {
            var at = phrase.IndexOf(preposition, StringComparison.Ordinal);
            if (at > 0)
            {
                phrase = phrase[..at];
            }
        }

        return phrase[(phrase.LastIndexOf(' ') + 1)..];
    }

    private static readonly WordSet UnnamedMen = new("spokesman", "chairman", "businessman", "man");
    private static readonly WordSet UnnamedWomen = new("spokeswoman", "chairwoman", "businesswoman", "woman");
    private static readonly WordSet UnnamedSpeakers = new(
        "spokesperson", "official", "source", "aide", "adviser", "advisor", "analyst", "economist", "expert", "lawyer",
        "officer", "diplomat", "insider", "executive", "witness", "resident", "researcher", "scientist", "doctor", "teacher");

    // "A neighbour, who did not want to be identified, said ...": people the reporter met and did not name, whom a
    // pronoun goes on with.
    private static readonly WordSet PassersBy = new(
        "neighbour", "neighbor", "eyewitness", "bystander", "onlooker", "passer-by", "survivor", "worker", "employee", "nurse",
        "driver", "passenger", "shopper", "customer", "relative", "student", "fan", "voter", "protester", "volunteer",
        "villager", "colleague", "friend", "engineer", "pilot", "soldier", "guard", "farmer", "owner", "manager", "trader",
        "investor", "patient", "victim", "parent", "mother", "father", "sister", "brother", "daughter", "son", "wife",
        "husband", "widow", "commuter", "tenant", "mourner", "spectator", "supporter", "tourist", "holidaymaker");

    // "the spokesman", "The senior official", "the analysts": a definite speaker of the kind that goes unnamed; "the
    // prime minister" or "the home secretary" is one person the reader can name.
    private static bool IsUnnamedPerson(string source)
    {
        if (!source.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || source.AsSpan(1).ContainsAny(Capitals))
        {
            return false;
        }

        var last = source.AsSpan(source.LastIndexOf(' ') + 1);
        return ReportWords.UnnamedGroups.Contains(last) || UnnamedSpeakers.Contains(last) || last is "spokesman" or "spokeswoman";
    }

    private static readonly SearchValues<char> Capitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool IsFirstPerson(ReadOnlySpan<char> source) =>
        source is "I" or "We" or "we" || source.Equals("my", StringComparison.OrdinalIgnoreCase) || source.Equals("our", StringComparison.OrdinalIgnoreCase);

    // A relative "who" or "which" speaks for the name it follows ("Netanyahu, who opposes ..."); "WHO" is the World
    // Health Organization.
    private static string? ActorOf(Span source, string text, MentionIndex mentions) =>
        source.SliceOf(text) is "who" or "Who" or "which" or "Which"
            ? mentions.ActorRightBefore(source.Start, text)
            : mentions.ActorAt(source);

    private void AddUnattributed(
        TextDocument document, List<FoundAttribution> attributed, IReadOnlyList<(Span Label, Span Answer)> answers, List<(Span, Attribution, double)> drafts)
    {
        var text = document.Text;
        // A report inside a noun phrase leaves its sentence the article's own assertion.
        var covered = attributed.Where(a => !a.InNounPhrase).Select(a => a.Cue is { } c ? Span.Cover(a.Content, c) : a.Content)
            .Concat(answers.Select(a => a.Answer))
            .OrderBy(s => s.Start).ToList();
        var k = 0;
        foreach (var sentence in document.Sentences)
        {
            while (k < covered.Count && covered[k].End <= sentence.Span.Start)
            {
                k++;
            }

            // Reported speech speaks for itself; the sentence around it is not the article's own assertion.
            var overlapped = false;
            for (var j = k; j < covered.Count && covered[j].Start < sentence.Span.End; j++)
            {
                overlapped |= covered[j].Overlaps(sentence.Span);
            }

            if (overlapped || Statement(document, sentence) is not { } span)
            {
                continue;
            }

            var worthiness = _worthiness.Score(span.SliceOf(text));
            if (worthiness >= MinUnattributedWorthiness || HasJudgement(document, sentence))
            {
                drafts.Add((span, Attribution.None, worthiness));
            }
        }
    }

    // The sentence without its closing punctuation, when it is a statement of three words or more (not a question).
    private static Span? Statement(TextDocument document, Sentence sentence)
    {
        var words = 0;
        var last = sentence.EndToken - 1;
        var first = Dateline.ContentStart(document, sentence.FirstToken, sentence.EndToken);
        for (var t = first; t < sentence.EndToken && words < 3; t++)
        {
            words += document.Tokens[t].Kind == TokenKind.Word ? 1 : 0;
        }

        // Only the sentence's own closing marks go: "rose to 24%." keeps its "%", "(£374m)." its bracket and a closing
        // quotation its quote mark.
        while (last >= first && document.Tokens[last].Kind == TokenKind.Punctuation)
        {
            var mark = document.Text[document.Tokens[last].Span.Start];
            if (mark == '?')
            {
                return null;
            }

            if (mark is not ('.' or '!' or ';' or ':' or ',' or '…' or '-' or '–' or '—'))
            {
                break;
            }

            last--;
        }

        return words < 3 || last < first || sentence.Span.Length > MaxStatementLength || IsCredits(document, first, sentence.EndToken)
            ? null
            : new Span(document.Tokens[first].Span.Start, document.Tokens[last].Span.End);
    }

    // "(Reporting by Maria Santos; Editing by Tom Hals)", "By Priya Raman": the credits and the byline, no statement
    // of the article.
    private static bool IsCredits(TextDocument document, int first, int end)
    {
        if (end - first <= 6 && document.TokenChars(first) is "By")
        {
            var names = true;
            for (var k = first + 1; k < end && names; k++)
            {
                var word = document.TokenChars(k);
                names = char.IsUpper(word[0]) || word is "and" or "," or "." or "in" or "de" or "van" or "von";
            }

            if (names)
            {
                return true;
            }
        }

        var t = first < end && document.TokenChars(first) is "(" ? first + 1 : first;
        if (t < end && document.TokenChars(t) is "Additional")
        {
            t++;
        }

        return t + 1 < end && document.TokenChars(t) is "Reporting" or "Writing" or "Editing" or "Compiled" or "Research" or "reporting"
            && document.TokenChars(t + 1) is "by";
    }

    private static bool HasJudgement(TextDocument document, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (Judgement.Contains(document.TokenChars(t)))
            {
                return true;
            }
        }

        return false;
    }
}
