using NewsAnalysis.Analysis.Claims;

namespace NewsAnalysis.Analysis.Tests.Claims;

public sealed class CheckWorthinessTests
{
    private static readonly LabelledStatement[] Data =
    [
        new("Unemployment fell to 4 percent last year.", true),
        new("We cut taxes for 95 percent of working families.", true),
        new("The deficit has tripled since 2008.", true),
        new("Crime rose by 12 percent in the capital.", true),
        new("Thank you all for being here tonight.", false),
        new("I want to thank my family.", false),
        new("Let me say this about that.", false),
        new("It is great to be with you.", false),
    ];

    [Fact]
    public void Shipped_model_rates_a_statistic_above_a_courtesy()
    {
        var model = CheckWorthinessModel.Default;
        var statistic = model.Score("The unemployment rate fell to 3.9 percent, the lowest level since 1969.");
        var courtesy = model.Score("Thank you very much, and good evening.");
        Assert.True(statistic > 0.5, $"statistic {statistic}");
        Assert.True(courtesy < 0.5, $"courtesy {courtesy}");
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_round_trips()
    {
        var trainer = new CheckWorthinessTrainer { MinCount = 1 };
        var first = Save(trainer.Train(Data));
        var second = Save(trainer.Train(Data));
        Assert.Equal(first, second);

        var loaded = CheckWorthinessModel.Load(new MemoryStream(first));
        Assert.Equal(first, Save(loaded));
        Assert.True(loaded.Score("Taxes fell 4 percent since 2008.") > loaded.Score("Thank you for being here."));
    }

    [Fact]
    public void Recentring_moves_the_threshold_to_one_half()
    {
        var model = new CheckWorthinessTrainer { MinCount = 1 }.Train(Data);
        const string text = "Crime fell by 3 percent.";
        var raw = model.Score(text);
        var recentred = CheckWorthinessTrainer.Recentre(model, raw);
        Assert.Equal(0.5, recentred.Score(text), 2);
    }

    private static byte[] Save(CheckWorthinessModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
