using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchAbstracts.Acronyms;

namespace SearchAbstracts.Cli.Output;

/// <summary><c>stats --acronyms</c>: one line per definition (papers, acronym, long form), or JSON.</summary>
internal static class AcronymWriter
{
    public static void Write(IReadOnlyList<AcronymCount> acronyms, bool json, TextWriter output)
    {
        if (json)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("acronyms");
                foreach (var a in acronyms)
                {
                    writer.WriteStartObject();
                    writer.WriteString("acronym", a.Acronym);
                    writer.WriteString("longForm", a.LongForm);
                    writer.WriteNumber("papers", a.Papers);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }
        var width = acronyms.Count == 0 ? 1 : acronyms.Max(a => a.Papers).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var a in acronyms)
        {
            output.WriteLine($"{a.Papers.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {a.Acronym,-10} {a.LongForm}");
        }
        output.WriteLine($"{acronyms.Count.ToString(CultureInfo.InvariantCulture)} acronym definitions");
    }
}
