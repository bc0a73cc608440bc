using NewsAnalysis.Analysis.Actors;
using NewsAnalysis.Analysis.Text;

namespace NewsAnalysis.Analysis.Tests.Actors;

public class KindEvidenceTests
{
    private static readonly KindEvidence Evidence = new(EntityRecognizer.LoadDefault().Model!.Gazetteer);

    [Theory]
    [InlineData("Staff left Google headquarters on Monday.", "Google", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("She is a co-founder of Petofi and left.", "Petofi", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Smith said it would appeal the ruling.", "Smith", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Visit Scientology.org today.", "Scientology", ActorKind.Location, ActorKind.Organization, true)]
    [InlineData("Officials of the State of Texas met.", "State of Texas", ActorKind.Organization, ActorKind.Location, true)]
    [InlineData("They won the FA Cup again.", "FA Cup", ActorKind.Organization, ActorKind.Other, true)]
    [InlineData("He moved to Milton Keynes last year.", "Milton Keynes", ActorKind.Person, ActorKind.Location, false)]
    [InlineData("The Toronto Star reported the deal.", "Toronto Star", ActorKind.Location, ActorKind.Organization, false)]
    [InlineData("Tokyo shares fell on Monday.", "Tokyo", ActorKind.Location, ActorKind.Location, false)]
    [InlineData("Pirelli shares fell on Monday.", "Pirelli", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("His aide Peter Kim said that it withdrew.", "Peter Kim", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("The order went to France-based Airbus last year.", "Airbus", ActorKind.Other, ActorKind.Organization, true)]
    [InlineData("The order went to Windows-based Zenit last year.", "Zenit", ActorKind.Other, ActorKind.Other, false)]
    [InlineData("The Paris-based Alain Durand spoke.", "Alain Durand", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("A fire broke out, Jiji news agency said.", "Jiji", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Shares of Microsoft (Nasdaq: MSFT) rose.", "Nasdaq", ActorKind.Other, ActorKind.Organization, true)]
    [InlineData("Investors cheered PalmOne on Monday.", "PalmOne", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Voters cheered McCain on Monday.", "McCain", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("The Tar Heels beat Miami 31 to 28 on Saturday.", "Miami", ActorKind.Location, ActorKind.Organization, true)]
    [InlineData("Argentina beat Germany 2-1 in the final.", "Germany", ActorKind.Location, ActorKind.Location, false)]
    [InlineData("The storm reached Miami on Saturday.", "Miami", ActorKind.Location, ActorKind.Location, false)]
    [InlineData("The SA president Thabo Mbeki said it was important to unite.", "Thabo Mbeki", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("Lord Falconer said it was a charade.", "Falconer", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("Security firm Sophos found the worm.", "Sophos", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("HSBC and the Hang Seng bank announced cuts.", "Hang Seng", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("The attack hit pathology provider Synlab on Monday.", "Synlab", ActorKind.Location, ActorKind.Organization, true)]
    [InlineData("Tour operator Voyagio cancelled its flights.", "Voyagio", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Critics said it echoed the money lender Shylock.", "Shylock", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("An Ostra spokesperson said: \"We apologise.\"", "Ostra", ActorKind.Other, ActorKind.Organization, true)]
    [InlineData("A London-based spokesman of the party spoke.", "London-based", ActorKind.Other, ActorKind.Other, false)]
    [InlineData("The deputy director of Velmora, Ada Lind, said the record was broken.", "Velmora", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("The chairman of France's largest bank spoke.", "France", ActorKind.Location, ActorKind.Location, false)]
    [InlineData("Parry firm over Gerrard future.", "Parry", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("Chelsea head coach Enzo Maresca said his side had made mistakes.", "Chelsea", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Arsenal 3-1 Chelsea: Saka double keeps title race alive", "Chelsea", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Tesco profits rise as shoppers return", "Tesco", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("Chelsea Clinton spoke at the convention on Monday.", "Chelsea Clinton", ActorKind.Person, ActorKind.Person, false)]
    [InlineData("He was a former editor of the Sereipheap Thmei newspaper.", "Sereipheap Thmei", ActorKind.Person, ActorKind.Organization, true)]
    [InlineData("The Tokyo bank cut its rates.", "Tokyo", ActorKind.Location, ActorKind.Location, false)]
    [InlineData("Chips for phones\nSAN FRANCISCO - Zorbix Corp. is working on chips.", "SAN FRANCISCO", ActorKind.Organization, ActorKind.Location, true)]
    [InlineData("Chips for phones\nZORBIX - the firm is working on chips.", "ZORBIX", ActorKind.Organization, ActorKind.Organization, false)]
    [InlineData("Fans said SAN FRANCISCO - the club - had won.", "SAN FRANCISCO", ActorKind.Organization, ActorKind.Organization, false)]
    public void A_name_takes_the_kind_its_words_and_neighbours_say(string text, string name, ActorKind recognised, ActorKind kind, bool fromContext)
    {
        var document = TextDocument.Parse(text);
        var (first, end) = TokensOf(document, text.IndexOf(name, StringComparison.Ordinal), name.Length);

        var read = Evidence.Read(document, first, end, 0, recognised);

        Assert.Equal((kind, fromContext), read);
    }

    [Theory]
    [InlineData("Pat Caddell told reporters.", "Pat Caddell", true)]
    [InlineData("Jean-Pierre Raffarin resigned.", "Jean-Pierre Raffarin", true)]
    [InlineData("Caddell told reporters.", "Caddell", false)]
    [InlineData("Fiat Chrysler told reporters.", "Fiat Chrysler", false)]
    public void A_given_name_opens_a_name_of_two_words_or_more(string text, string name, bool expected)
    {
        var document = TextDocument.Parse(text);
        var (first, end) = TokensOf(document, text.IndexOf(name, StringComparison.Ordinal), name.Length);

        Assert.Equal(expected, Evidence.StartsWithGivenName(document, first, end));
    }

    private static (int First, int End) TokensOf(TextDocument document, int start, int length)
    {
        var tokens = document.Tokens.ToList();
        return (tokens.FindIndex(t => t.Span.Start == start), tokens.FindIndex(t => t.Span.End == start + length) + 1);
    }
}
