namespace KubeLint.Linting;

/// <summary>What an <see cref="InputError"/> is about.</summary>
public enum ErrorKind
{
    /// <summary>Input that could not be read or parsed.</summary>
    Input,

    /// <summary>A configuration file with an unknown key or a bad value.</summary>
    Configuration,

    /// <summary>KubeLint itself failed (a rule threw).</summary>
    Internal,
}
