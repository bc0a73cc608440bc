namespace NewsAnalysis.Analysis.Actors;

/// <summary>A name the resolver found: tokens [First, End) with titles and possessives already left out.</summary>
internal sealed record NameMention(int First, int End, ActorKind Kind, string[] Words, Span Span)
{
    // Looked up once per draft while grouping: join once.
    public string Key { get; } = string.Join(' ', Words);

    /// <summary>The text around this mention says its kind outright ("Google headquarters"): it outweighs other votes.</summary>
    public bool KindFromContext { get; init; }

    /// <summary>Found by <see cref="NameRepeats"/> where the recogniser left the words out: it takes the kind the
    /// recogniser's mentions vote for and casts no vote.</summary>
    public bool Repeat { get; init; }
}

/// <summary>An actor while the resolver is still collecting its mentions.</summary>
internal sealed class ActorDraft
{
    private static readonly HashSet<string> NoTitles = new(StringComparer.Ordinal);

    private Votes _votes;
    private HashSet<string>? _titles;

    /// <summary>Position among the article's drafts, in the order they were started.</summary>
    public int Order { get; init; }

    public List<NameMention> Names { get; } = [];

    public List<Mention> Others { get; } = [];

    /// <summary>One mention per distinct written form (<see cref="NameMention.Key"/>): what alias matching compares against.</summary>
    public List<NameMention> Forms { get; } = [];

    /// <summary>The nominal titles the article gave this person (<see cref="AddTitle"/>); most drafts have none, and
    /// share one empty set.</summary>
    public IReadOnlySet<string> Titles => _titles ?? NoTitles;

    public ActorLexicon.Gender Gender { get; set; }

    /// <summary>The gender comes from a first name that is short for a woman's name too ("Sam", "Alex").</summary>
    public bool GenderSoft { get; set; }

    public bool ForcedOther { get; set; }

    public bool IsCountry { get; set; }

    public int LastToken { get; set; }

    /// <summary>The longest name: most words, then most characters, then the first written.</summary>
    public NameMention Longest { get; private set; } = null!;

    public ActorKind Kind
    {
        get
        {
            if (ForcedOther)
            {
                return ActorKind.Other;
            }

            var best = 0;
            for (var k = 1; k < Votes.Length; k++)
            {
                if (_votes[k] > _votes[best])
                {
                    best = k;
                }
            }

            return (ActorKind)best;
        }
    }

    public void Add(NameMention name)
    {
        Names.Add(name);
        if (Names.Count == 1 || name.Words.Length > Longest.Words.Length
            || (name.Words.Length == Longest.Words.Length && name.Span.Length > Longest.Span.Length))
        {
            Longest = name;
        }

        if (!HasForm(name.Key))
        {
            Forms.Add(name);
        }

        _votes[(int)name.Kind] += name.Words.Length > 1 ? 2 : 1;   // a full name is better evidence of the kind
        LastToken = Math.Max(LastToken, name.First);
    }

    /// <summary>Whether a name written <paramref name="key"/> joined this draft. The forms are few: a scan, not a
    /// set per draft (thousands of drafts per article, most with one form).</summary>
    public bool HasForm(string key)
    {
        foreach (var form in Forms)
        {
            if (string.Equals(form.Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public void AddTitle(string title) => (_titles ??= new HashSet<string>(StringComparer.Ordinal)).Add(title);

    // Per kind (Person, Organization, Location, Other), its votes: inline, not an array per draft.
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct Votes
    {
        public const int Length = 4;
        private int _element;
    }
}
