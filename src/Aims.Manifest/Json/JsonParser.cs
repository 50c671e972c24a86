using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Aims.Manifest.Json;

/// <summary>
/// A strict RFC 8259 parser into <see cref="JsonNode"/>s, with the limits a reader of untrusted files needs (nesting
/// depth) and one difference from System.Text.Json: an escaped unpaired surrogate ("\ud800") is read as that UTF-16
/// unit, because the manifest writer writes one where the code held one. A repeated key is an error: nothing says which
/// of two values a reader should trust.
/// </summary>
internal sealed class JsonParser
{
    public const int DefaultMaxDepth = 64;

    /// <summary>The problem of bytes that are no UTF-8 text.</summary>
    public const string InvalidUtf8 = "is not valid UTF-8 text";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _text;
    private readonly int _maxDepth;
    private readonly StringBuilder _buffer = new();
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private JsonParser(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
    }

    /// <summary>Parses UTF-8 bytes, with or without a byte order mark.</summary>
    /// <exception cref="JsonFormatException">The bytes are no UTF-8 text or no JSON document.</exception>
    public static JsonNode Parse(byte[] utf8, int maxDepth = DefaultMaxDepth)
    {
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        if (Utf8Validation.FirstInvalidByte(utf8, start) is { } invalid)
        {
            var line = 1;
            var lineStart = start;
            for (var i = start; i < invalid; i++)
            {
                if (utf8[i] == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            throw new JsonFormatException(InvalidUtf8, line, invalid - lineStart + 1);
        }

        return Parse(StrictUtf8.GetString(utf8, start, utf8.Length - start), maxDepth);
    }

    /// <exception cref="JsonFormatException">The text is no JSON document.</exception>
    public static JsonNode Parse(string text, int maxDepth = DefaultMaxDepth)
    {
        var parser = new JsonParser(text, maxDepth);
        parser.SkipWhitespace();
        if (parser._position >= text.Length)
        {
            throw parser.Error("the text is empty");
        }

        var root = parser.ReadValue(depth: 0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("text follows the end of the document");
        }

        return root;
    }

    private JsonNode ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw Error("the document ends where a value should be");
        }

        var (line, column) = (_line, Column);
        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth + 1, line, column);
            case '[':
                return ReadArray(depth + 1, line, column);
            case '"':
                return JsonNode.Scalar(JsonKind.String, ReadString(), line, column);
            case 't':
                ReadWord("true");
                return JsonNode.Scalar(JsonKind.True, null, line, column);
            case 'f':
                ReadWord("false");
                return JsonNode.Scalar(JsonKind.False, null, line, column);
            case 'n':
                ReadWord("null");
                return JsonNode.Scalar(JsonKind.Null, null, line, column);
            default:
                return JsonNode.Scalar(JsonKind.Number, ReadNumber(), line, column);
        }
    }

    private JsonNode ReadObject(int depth, int line, int column)
    {
        CheckDepth(depth);
        _position++;
        var members = new List<KeyValuePair<string, JsonNode>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            return JsonNode.Object(members, line, column);
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a quoted member name");
            }

            var (nameLine, nameColumn) = (_line, Column);
            var name = ReadString();
            if (!names.Add(name))
            {
                throw new JsonFormatException($"repeats the member name \"{name}\"", nameLine, nameColumn);
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            members.Add(new KeyValuePair<string, JsonNode>(name, ReadValue(depth)));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            return JsonNode.Object(members, line, column);
        }
    }

    private JsonNode ReadArray(int depth, int line, int column)
    {
        CheckDepth(depth);
        _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            return JsonNode.Array(items, line, column);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            return JsonNode.Array(items, line, column);
        }
    }

    private string ReadString()
    {
        _position++;
        _buffer.Clear();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("a string is not closed");
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return _buffer.ToString();
            }

            if (c < ' ')
            {
                throw Error("a string holds an unescaped control character");
            }

            if (c != '\\')
            {
                _buffer.Append(c);
                _position++;
                continue;
            }

            _position++;
            var escaped = Peek();
            _position++;
            switch (escaped)
            {
                case '"': _buffer.Append('"'); break;
                case '\\': _buffer.Append('\\'); break;
                case '/': _buffer.Append('/'); break;
                case 'b': _buffer.Append('\b'); break;
                case 'f': _buffer.Append('\f'); break;
                case 'n': _buffer.Append('\n'); break;
                case 'r': _buffer.Append('\r'); break;
                case 't': _buffer.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length ||
                        !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                    {
                        _position--;
                        throw Error("a \\u escape needs four hexadecimal digits");
                    }

                    _buffer.Append((char)unit);
                    _position += 4;
                    break;
                default:
                    _position--;
                    throw Error("a string holds an unknown escape");
            }
        }
    }

    private string ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            _position = start;
            throw Error("expected a value");
        }

        if (Peek() == '.')
        {
            _position++;
            RequireDigits();
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            RequireDigits();
        }

        return _text.Substring(start, _position - start);
    }

    private void RequireDigits()
    {
        if (!IsDigit(Peek()))
        {
            throw Error("a number needs digits here");
        }

        SkipDigits();
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private void ReadWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error("expected a value");
        }

        _position += word.Length;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error(_position >= _text.Length ? "the document ends early" : $"expected '{c}'");
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            switch (_text[_position])
            {
                case ' ' or '\t' or '\r':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    _line++;
                    _lineStart = _position;
                    break;
                default:
                    return;
            }
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > _maxDepth)
        {
            throw Error($"nests deeper than {_maxDepth} levels");
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private int Column => _position - _lineStart + 1;

    private JsonFormatException Error(string problem) => new(problem, _line, Column);
}
