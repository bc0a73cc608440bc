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
    private readonly int[] _votes = new int[4];

    /// <summary>Position among the article's drafts, in the order they were started.</summary>
    public int Order { get; init; }

    public List<NameMention> Names { get; } = [];

    public List<Mention> Others { get; } = [];

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>One mention per distinct written form: what alias matching compares against.</summary>
    public List<NameMention> Forms { get; } = [];

    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

    public ActorLexicon.Gender Gender { get; set; }

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
            for (var k = 1; k < _votes.Length; k++)
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

        if (Keys.Add(name.Key))
        {
            Forms.Add(name);
        }

        _votes[(int)name.Kind] += name.Words.Length > 1 ? 2 : 1;   // a full name is better evidence of the kind
        LastToken = Math.Max(LastToken, name.First);
    }
}
