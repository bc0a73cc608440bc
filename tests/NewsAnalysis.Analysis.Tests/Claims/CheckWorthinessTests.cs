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

    [Fact]
    public void Word_vectors_reach_the_features_and_survive_the_round_trip()
    {
        var lexicon = SmallLexicon();
        var features = new List<int>();
        var average = new float[lexicon.Dims];
        var found = CheckWorthinessFeatures.Extract("Unemployment and crime fell.", features, lexicon, average);
        Assert.Equal(2, found);
        Assert.Equal(10f, average[0]);
        Assert.Equal(-5f, average[1]);

        var trainer = new CheckWorthinessTrainer { MinCount = 1 };
        var model = trainer.Train(Data, lexicon);
        Assert.True(model.Lexicon.HasBins, "training sets the bin edges");
        var plain = new List<int>();
        CheckWorthinessFeatures.Extract("Unemployment and crime fell.", plain, CheckWorthinessLexicon.Empty);
        var binned = new List<int>();
        CheckWorthinessFeatures.Extract("Unemployment and crime fell.", binned, model.Lexicon);
        Assert.Equal(plain.Count + lexicon.Dims, binned.Count);
        Assert.Equal(plain, binned.Take(plain.Count));

        var bytes = Save(model);
        Assert.Equal(bytes, Save(trainer.Train(Data, lexicon)));
        var loaded = CheckWorthinessModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(loaded));
        Assert.Equal(model.Score("Crime rose by 12 percent."), loaded.Score("Crime rose by 12 percent."), 3);
    }

    [Fact]
    public void A_sentence_averages_long_vectors_sixteen_components_at_a_time_and_the_rest_one_by_one()
    {
        const int dims = 17;
        var first = Enumerable.Range(0, dims).Select(k => (sbyte)(k * 7 - 60)).ToArray();
        var second = Enumerable.Range(0, dims).Select(k => (sbyte)(100 - k * 11)).ToArray();
        uint[] hashes = [CheckWorthinessFeatures.WordHash("deficit"), CheckWorthinessFeatures.WordHash("tripled")];
        var lexicon = new CheckWorthinessLexicon(hashes, dims, [.. first, .. second], 0.01f, []);
        var average = new float[dims];
        Assert.Equal(3, CheckWorthinessFeatures.Extract("The deficit has tripled, the deficit!", [], lexicon, average));
        for (var k = 0; k < dims; k++)
        {
            Assert.Equal((first[k] * 2 + second[k]) / 3f, average[k], 4);
        }
    }

    [Fact]
    public void Platt_scaling_recovers_an_overconfident_slope()
    {
        // At log-odds z the true rate of check-worthy sentences is sigmoid(z / 2): the model is twice too sure.
        var scored = new List<(double, bool)>();
        foreach (var z in new[] { -4.0, -2.0, -1.0, 0.0, 1.0, 2.0, 4.0 })
        {
            var positives = (int)Math.Round(1000 / (1 + Math.Exp(-z / 2)));
            var score = 1 / (1 + Math.Exp(-z));
            scored.AddRange(Enumerable.Range(0, 1000).Select(i => (score, i < positives)));
        }

        var (scale, shift) = CheckWorthinessTrainer.FitPlatt(scored);
        Assert.Equal(0.5, scale, 2);
        Assert.Equal(0.0, shift, 2);

        var model = new CheckWorthinessTrainer { MinCount = 1 }.Train(Data);
        const string text = "Taxes fell by 3 percent.";
        var raw = model.Score(text);
        var calibrated = CheckWorthinessTrainer.Calibrate(model, 0.5, 0.25).Score(text);
        Assert.Equal(1 / (1 + Math.Exp(-(0.5 * Math.Log(raw / (1 - raw)) + 0.25))), calibrated, 3);
    }

    // Two known words with hand-set vectors.
    private static CheckWorthinessLexicon SmallLexicon()
    {
        uint[] hashes = [CheckWorthinessFeatures.WordHash("unemployment"), CheckWorthinessFeatures.WordHash("crime")];
        return new CheckWorthinessLexicon(hashes, 2, [12, -4, 8, -6], 0.01f, []);
    }

    private static byte[] Save(CheckWorthinessModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
