namespace SearchAbstracts.Acronyms;

/// <summary>How many papers define <see cref="Acronym"/> as <see cref="LongForm"/> (long form lower-cased).</summary>
/// <param name="Acronym">The acronym as most often written.</param>
/// <param name="LongForm">The long form, lower-cased.</param>
/// <param name="Papers">Papers that contain the definition.</param>
public sealed record AcronymCount(string Acronym, string LongForm, int Papers);
