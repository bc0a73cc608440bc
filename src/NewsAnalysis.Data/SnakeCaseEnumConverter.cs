using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsAnalysis.Data;

/// <summary>Stores an enum as readable snake_case text ("needs_checking"), so SQL and other tools read it without the C# type.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => SnakeCaseEnum.ToText(value),
    text => SnakeCaseEnum.Parse<TEnum>(text))
    where TEnum : struct, Enum;
