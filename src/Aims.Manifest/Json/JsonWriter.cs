using System.Globalization;
using System.Text;

namespace Aims.Manifest.Json;

/// <summary>
/// The manifest's JSON writer: two-space indentation, '\n' line ends, invariant numbers, minimal escaping (control
/// characters, line and paragraph separators, and unpaired surrogates as \uXXXX). Its own code rather than
/// System.Text.Json, which the analyzers and the task cannot load in Visual Studio's .NET Framework host.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;
    private bool _needsComma;

    public void StartObject(string? name = null) => Open(name, '{');

    public void EndObject() => Close('}');

    public void StartArray(string? name = null) => Open(name, '[');

    public void EndArray() => Close(']');

    public void String(string name, string? value)
    {
        Name(name);
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            Quoted(value);
        }

        _needsComma = true;
    }

    public void StringValue(string value)
    {
        Name(null);
        Quoted(value);
        _needsComma = true;
    }

    public void Number(string name, long? value)
    {
        Name(name);
        _text.Append(value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "null");
        _needsComma = true;
    }

    public void Number(string name, double? value)
    {
        Name(name);
        _text.Append(value is { } number && !double.IsNaN(number) && !double.IsInfinity(number) ? number.ToString("R", CultureInfo.InvariantCulture) : "null");
        _needsComma = true;
    }

    public void Boolean(string name, bool? value)
    {
        Name(name);
        _text.Append(value switch { true => "true", false => "false", null => "null" });
        _needsComma = true;
    }

    public void Null(string name)
    {
        Name(name);
        _text.Append("null");
        _needsComma = true;
    }

    public override string ToString() => _text.ToString() + "\n";

    private void Open(string? name, char bracket)
    {
        Name(name);
        _text.Append(bracket);
        _depth++;
        _needsComma = false;
    }

    private void Close(char bracket)
    {
        var empty = !_needsComma;
        _depth--;
        if (!empty)
        {
            NewLine();
        }

        _text.Append(bracket);
        _needsComma = true;
    }

    private void Name(string? name)
    {
        if (_needsComma)
        {
            _text.Append(',');
        }

        if (_text.Length > 0)
        {
            NewLine();
        }

        if (name is not null)
        {
            Quoted(name);
            _text.Append(": ");
        }
    }

    private void NewLine()
    {
        _text.Append('\n');
        _text.Append(' ', _depth * 2);
    }

    private void Quoted(string value)
    {
        _text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': _text.Append("\\\""); break;
                case '\\': _text.Append("\\\\"); break;
                case '\n': _text.Append("\\n"); break;
                case '\r': _text.Append("\\r"); break;
                case '\t': _text.Append("\\t"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        _text.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                    {
                        // An unpaired surrogate is no character of its own: escaped, the output stays valid UTF-8.
                        _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _text.Append(c);
                    }

                    break;
            }
        }

        _text.Append('"');
    }
}
