using System.Collections.Frozen;

namespace NewsAnalysis.Analysis.Figures;

internal enum UnitKind : byte { Measure, Percent, Currency, MinorCurrency, Duration, Scale }

/// <param name="Unit">What the figure reports as its unit ("km", "%", "USD"); for scales, null.</param>
/// <param name="Multiplier">For scales ("bn", "k"): the factor; otherwise 1.</param>
/// <param name="Attached">Only counts written against the number ("50p", "5l"), never after a space.</param>
internal readonly record struct UnitEntry(UnitKind Kind, string? Unit, double Multiplier = 1, bool Attached = false);

/// <summary>
/// Units, currencies, percent words and scale suffixes, keyed by their written form: words joined by one space,
/// pieces written together joined without one ("km/h", "us$").
/// </summary>
internal static class UnitLexicon
{
    public const int MaxPieces = 4;

    private static readonly FrozenDictionary<string, UnitEntry> Exact;
    private static readonly FrozenDictionary<string, UnitEntry> Folded;
    private static readonly FrozenDictionary<string, string> Prefixes;
    private static readonly FrozenDictionary<string, string> CodePrefixes;

    public static readonly FrozenDictionary<string, UnitEntry>.AlternateLookup<ReadOnlySpan<char>> ExactLookup;
    public static readonly FrozenDictionary<string, UnitEntry>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup;
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup;
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodePrefixLookup;

    static UnitLexicon()
    {
        var exact = new Dictionary<string, UnitEntry>(StringComparer.Ordinal);
        var folded = new Dictionary<string, UnitEntry>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        AddScales(exact, folded);
        AddPercent(folded);
        AddCurrencies(exact, folded, prefixes, codes);
        AddMeasures(exact, folded);
        AddDurations(folded);
        Exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        Folded = folded.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Prefixes = prefixes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        CodePrefixes = codes.ToFrozenDictionary(StringComparer.Ordinal);
        CodePrefixLookup = CodePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        UnitStarts = PieceTexts(Exact.Keys.Concat(Folded.Keys), first: true).GetAlternateLookup<ReadOnlySpan<char>>();
        PrefixEnds = PieceTexts(Prefixes.Keys.Concat(CodePrefixes.Keys), first: false).GetAlternateLookup<ReadOnlySpan<char>>();
        ExactLookup = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        FoldedLookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();
        PrefixLookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The first piece of every unit and the last piece of every prefix, so most words are turned away by one lookup.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitStarts;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixEnds;

    public static bool MayStartUnit(ReadOnlySpan<char> piece) => UnitStarts.Contains(piece);

    public static bool MayEndPrefix(ReadOnlySpan<char> piece) => PrefixEnds.Contains(piece);

    private static FrozenSet<string> PieceTexts(IEnumerable<string> keys, bool first)
    {
        var texts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var pieces = PieceScanner.Scan(key);
            if (pieces.Count > 0)
            {
                var piece = first ? pieces[0] : pieces[^1];
                texts.Add(key.Substring(piece.Start, piece.Length));
            }
        }

        return texts.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static bool TryGet(ReadOnlySpan<char> key, out UnitEntry entry) =>
        ExactLookup.TryGetValue(key, out entry) || FoldedLookup.TryGetValue(key, out entry);

    /// <summary>A currency written before the amount ("$", "US$", "c $", "EUR").</summary>
    public static bool TryGetPrefix(ReadOnlySpan<char> key, out string currency) =>
        CodePrefixLookup.TryGetValue(key, out currency!) || PrefixLookup.TryGetValue(key, out currency!);

    private static void AddScales(Dictionary<string, UnitEntry> exact, Dictionary<string, UnitEntry> folded)
    {
        // Case matters: "10M" is ten million but "1m" is a metre; "10G" is giga but "30g" is grams.
        foreach (var (w, f) in (ReadOnlySpan<(string, double)>)[("k", 1e3), ("K", 1e3), ("M", 1e6), ("MM", 1e6), ("G", 1e9), ("B", 1e9), ("b", 1e9)])
        {
            exact[w] = new(UnitKind.Scale, null, f);
        }

        foreach (var (w, f) in (ReadOnlySpan<(string, double)>)[("mn", 1e6), ("mln", 1e6), ("mil", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("tln", 1e12), ("trn", 1e12)])
        {
            folded[w] = new(UnitKind.Scale, null, f);
        }
    }

    private static void AddPercent(Dictionary<string, UnitEntry> folded)
    {
        foreach (var w in (string[])["%", "percent", "per cent", "percents", "per cents", "percentage", "pct"])
        {
            folded[w] = new(UnitKind.Percent, "%");
        }

        foreach (var w in (string[])["percentage point", "percentage points", "per cent point", "per cent points", "pp", "ppt", "ppts"])
        {
            folded[w] = new(UnitKind.Percent, "pp");
        }
    }

    private static void AddCurrencies(
        Dictionary<string, UnitEntry> exact, Dictionary<string, UnitEntry> folded, Dictionary<string, string> prefixes, Dictionary<string, string> codePrefixes)
    {
        string[] codes = ["USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "RUB", "BRL", "ZAR", "HKD", "SGD", "NZD", "KRW", "MXN", "TRY", "PLN", "ILS", "NGN", "KES", "PKR", "EGP", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "IQD", "RON", "HUF", "CZK", "GHS", "IDR", "MYR", "THB", "PHP", "VND", "UAH", "BTC"];
        foreach (var code in codes)
        {
            var iso = code == "RMB" ? "CNY" : code;
            // Written after the amount a code may be lower-case ("3 usd"); "try" stays a verb.
            if (code != "TRY")
            {
                folded[code] = new(UnitKind.Currency, iso);
            }

            exact[code] = new(UnitKind.Currency, iso);
            codePrefixes[code] = iso;
        }

        (string Symbol, string Iso)[] symbols =
        [
            ("$", "USD"), ("US$", "USD"), ("us $", "USD"), ("u.s $", "USD"), ("u.s. $", "USD"), ("u . s . $", "USD"), ("USD$", "USD"),
            ("C$", "CAD"), ("c $", "CAD"), ("CA$", "CAD"), ("CAN$", "CAD"), ("HK$", "HKD"), ("hk $", "HKD"), ("A$", "AUD"),
            ("AU$", "AUD"), ("NZ$", "NZD"), ("S$", "SGD"), ("R$", "BRL"), ("AUD$", "AUD"), ("CAD$", "CAD"), ("NZD$", "NZD"), ("MXN$", "MXN"), ("Mex$", "MXN"), ("₿", "BTC"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"),
            ("Rs", "INR"), ("Rs.", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"), ("₪", "ILS"), ("₦", "NGN"), ("฿", "THB"),
            ("₱", "PHP"), ("₡", "CRC"), ("₾", "GEL"), ("₭", "LAK"), ("ரூ", "LKR"), ("元", "CNY"), ("₫", "VND"), ("₴", "UAH"),
        ];
        foreach (var (symbol, iso) in symbols)
        {
            prefixes[symbol] = iso;
            if (!symbol.Contains(' ', StringComparison.Ordinal) && !char.IsAsciiLetter(symbol[0]))
            {
                folded[symbol] = new(UnitKind.Currency, iso);
            }
        }

        (string Iso, string[] Names)[] names =
        [
            // "dlrs" and "stg" are the wire's abbreviations ("12 mln dlrs", "five mln stg").
            ("USD", ["dollar", "dollars", "us dollar", "us dollars", "u.s. dollars", "american dollars", "bucks", "dlr", "dlrs", "u.s. dlrs", "us dlrs"]),
            ("AUD", ["australian dollar", "australian dollars", "australian dlrs"]), ("CAD", ["canadian dollar", "canadian dollars", "canadian dlrs"]),
            ("HKD", ["hong kong dollar", "hong kong dollars", "hong kong dlrs"]), ("SGD", ["singapore dollar", "singapore dollars", "singapore dlrs"]),
            ("NZD", ["new zealand dollar", "new zealand dollars", "new zealand dlrs"]), ("TWD", ["taiwan dollars", "new taiwan dollars", "taiwan dlrs"]),
            ("EUR", ["euro", "euros"]), ("GBP", ["pounds sterling", "sterling", "british pounds", "stg"]),
            ("JPY", ["yen", "japanese yen"]), ("CNY", ["yuan", "renminbi", "rmb", "chinese yuan"]),
            ("INR", ["rupee", "rupees", "indian rupees", "rs"]), ("PKR", ["pakistani rupees"]), ("LKR", ["sri lankan rupees"]),
            ("CHF", ["swiss franc", "swiss francs"]), ("FRF", ["franc", "francs", "french francs"]),
            ("ESP", ["peseta", "pesetas"]), ("DEM", ["deutsche marks", "deutschmarks", "german marks"]),
            ("NLG", ["guilder", "guilders", "dutch guilders"]), ("FIM", ["markka", "finnish markka", "markkaa"]),
            ("ITL", ["lira", "lire", "italian lire"]), ("TRY", ["turkish lira"]), ("RUB", ["rouble", "roubles", "ruble", "rubles"]),
            ("ZAR", ["rand"]), ("NGN", ["naira"]), ("ILS", ["shekel", "shekels"]), ("AED", ["dirham", "dirhams"]),
            ("SAR", ["riyal", "riyals"]), ("MXN", ["peso", "pesos", "mexican pesos"]), ("SEK", ["kronor", "krona", "swedish kronor"]),
            ("NOK", ["norwegian kroner"]), ("DKK", ["danish kroner"]), ("PLN", ["zloty", "zlotys"]), ("KRW", ["south korean won"]),
            ("IDR", ["rupiah"]), ("MYR", ["ringgit"]), ("THB", ["baht"]), ("UAH", ["hryvnia", "hryvnias"]), ("BDT", ["taka"]),
            ("EGP", ["egyptian pounds"]), ("KES", ["kenyan shillings", "shillings"]), ("BTC", ["bitcoin", "bitcoins"]),
            ("KWD", ["kuwaiti dinar", "kuwaiti dinars"]), ("IQD", ["dinar", "dinars", "iraqi dinars"]), ("JOD", ["jordanian dinars"]),
            ("QAR", ["qatari riyals"]), ("RON", ["lei", "leu"]), ("HUF", ["forint", "forints"]), ("CZK", ["koruna", "korunas"]),
            ("GHS", ["cedi", "cedis"]), ("HRK", ["kuna", "kunas"]),
            ("BGN", ["leva", "bulgarian lev"]), ("KZT", ["tenge"]), ("ETB", ["birr"]), ("ZMW", ["kwacha"]), ("BRL", ["reais", "brazilian real"]),
            ("IRR", ["rial", "rials", "iranian rial", "iranian rials"]), ("NPR", ["nepalese rupees"]), ("PHP", ["philippine pesos"]), ("ARS", ["argentine pesos"]),
        ];
        foreach (var (iso, list) in names)
        {
            foreach (var name in list)
            {
                folded[name] = new(UnitKind.Currency, iso);
            }
        }

        // "pounds" alone may weigh; the extractor decides (GBP when scaled or written with £ nearby).
        foreach (var w in (string[])["cent", "cents"])
        {
            folded[w] = new(UnitKind.MinorCurrency, "cent");
        }

        foreach (var w in (string[])["pence", "penny", "pennies"])
        {
            folded[w] = new(UnitKind.MinorCurrency, "pence");
        }

        exact["p"] = new(UnitKind.MinorCurrency, "pence", Attached: true);
        exact["pc"] = new(UnitKind.Percent, "%", Attached: true);
        exact["c"] = new(UnitKind.MinorCurrency, "cent", Attached: true);
        exact["¢"] = new(UnitKind.MinorCurrency, "cent");
    }

    private static void AddMeasures(Dictionary<string, UnitEntry> exact, Dictionary<string, UnitEntry> folded)
    {
        (string Unit, string[] Names)[] measures =
        [
            ("km", ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
            ("m", ["metre", "metres", "meter", "meters"]),
            ("cm", ["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
            ("mm", ["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
            ("dm", ["dm", "decimetre", "decimetres", "decimeter", "decimeters"]),
            ("µm", ["micrometre", "micrometres", "micron", "microns"]),
            ("nm", ["nanometre", "nanometres", "nanometer", "nanometers"]),
            ("pm", ["picometre", "picometres", "picometer", "picometers"]),
            ("mi", ["mile", "miles"]), ("nmi", ["nautical mile", "nautical miles"]),
            ("ft", ["ft", "foot", "feet"]), ("in", ["inch", "inches"]), ("yd", ["yard", "yards", "yd", "yds"]),
            ("km2", ["km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"]),
            ("m2", ["m2", "m²", "sq m", "square metre", "square metres", "square meter", "square meters"]),
            ("ft2", ["sq ft", "square foot", "square feet"]), ("mi2", ["sq mi", "square mile", "square miles"]),
            ("acre", ["acre", "acres"]), ("ha", ["ha", "hectare", "hectares"]),
            ("l", ["litre", "litres", "liter", "liters"]), ("ml", ["ml", "millilitre", "millilitres", "milliliter", "milliliters"]),
            ("cl", ["cl", "centilitre", "centilitres"]), ("gal", ["gallon", "gallons", "gal"]),
            ("ft3", ["cubic foot", "cubic feet"]), ("m3", ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"]),
            ("bbl", ["barrel", "barrels", "bbl"]), ("pt", ["pint", "pints"]), ("qt", ["quart", "quarts"]), ("cup", ["cup", "cups"]),
            ("tbsp", ["tablespoon", "tablespoons", "tbsp"]), ("tsp", ["teaspoon", "teaspoons", "tsp"]),
            ("kg", ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
            ("g", ["gram", "grams", "gramme", "grammes"]), ("mg", ["mg", "milligram", "milligrams", "milligramme", "milligrammes"]),
            ("µg", ["µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"]),
            ("t", ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"]), ("ton", ["ton", "tons"]),
            ("lb", ["lb", "lbs", "pound", "pounds"]), ("oz", ["oz", "ounce", "ounces", "fl oz"]),
            ("°C", ["°c", "° c", "ºc", "degrees celsius", "degree celsius", "deg celsius", "degrees c", "degree c", "deg c", "celsius", "celcius",
                "centigrade", "degrees centigrade", "° celsius"]),
            ("°F", ["°f", "° f", "ºf", "degrees fahrenheit", "degree fahrenheit", "deg fahrenheit", "degrees f", "degree f", "deg f",
                "fahrenheit", "farenheit", "degrees farenheit", "° fahrenheit"]),
            ("°", ["°", "º", "degree", "degrees", "deg", "deg."]),
            ("mph", ["mph", "miles an hour", "miles per hour", "mile an hour", "mile per hour"]),
            ("km/h", ["km/h", "kph", "kmph", "km/hr", "kmh", "kilometres per hour", "kilometers per hour", "kilometres an hour",
                "kilometers an hour", "km an hour", "km per hour"]),
            ("kn", ["knot", "knots"]),
            ("B", ["byte", "bytes"]), ("bit", ["bit", "bits"]),
            ("KB", ["kb", "kilobyte", "kilobytes"]), ("MB", ["mb", "megabyte", "megabytes", "megabit", "megabits"]),
            ("GB", ["gb", "gigabyte", "gigabytes"]), ("TB", ["tb", "terabyte", "terabytes"]),
            ("Mbps", ["mbps", "mbit/s"]), ("Gbps", ["gbps"]),
            ("W", ["watt", "watts"]), ("kW", ["kw", "kilowatt", "kilowatts"]), ("MW", ["mw", "megawatt", "megawatts"]),
            ("GW", ["gw", "gigawatt", "gigawatts"]), ("kWh", ["kwh", "kilowatt-hours", "kilowatt hours"]),
            ("V", ["volt", "volts"]), ("kcal", ["kcal", "calories", "calorie"]),
            ("Hz", ["hz", "hertz"]), ("kHz", ["khz", "kilohertz"]), ("MHz", ["mhz", "megahertz"]), ("GHz", ["ghz", "gigahertz"]),
            ("mHz", ["millihertz"]), ("dB", ["db", "decibel", "decibels"]),
        ];
        foreach (var (unit, list) in measures)
        {
            foreach (var name in list)
            {
                folded[name] = new(UnitKind.Measure, unit);
            }
        }

        // Single letters and case-sensitive symbols only count against the number ("5l", "30g") or as written.
        exact["m"] = new(UnitKind.Measure, "m");
        exact["g"] = new(UnitKind.Measure, "g", Attached: true);
        exact["l"] = new(UnitKind.Measure, "l", Attached: true);
        exact["L"] = new(UnitKind.Measure, "l", Attached: true);
        exact["t"] = new(UnitKind.Measure, "t", Attached: true);
        exact["mHz"] = new(UnitKind.Measure, "mHz");

        // "40C", "-5C", "104F": news writes temperatures with the letter against the number.
        exact["C"] = new(UnitKind.Measure, "°C", Attached: true);
        exact["F"] = new(UnitKind.Measure, "°F", Attached: true);
    }

    private static void AddDurations(Dictionary<string, UnitEntry> folded)
    {
        (string Unit, string[] Names)[] durations =
        [
            ("year", ["year", "years", "yr", "yrs", "yo"]), ("month", ["month", "months"]), ("week", ["week", "weeks"]),
            ("day", ["day", "days"]), ("hour", ["hour", "hours", "hr", "hrs"]), ("minute", ["minute", "minutes", "min", "mins"]),
            ("second", ["seconds", "sec", "secs"]), ("decade", ["decade", "decades"]), ("century", ["century", "centuries"]),
        ];
        foreach (var (unit, list) in durations)
        {
            foreach (var name in list)
            {
                folded[name] = new(UnitKind.Duration, unit);
            }
        }
    }
}
