package server

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/lexer"

	"walker/ent/schema/rule"
)

// Go's JSON decoder and the GraphQL lexer both turn bytes that are not UTF-8
// and escapes of lone UTF-16 surrogates ("\ud800") into U+FFFD silently, so
// that what a person typed would be stored changed. badText finds them in the
// raw request first, so that the request is refused before anything runs.

// refused is the error of a request's member that breaks a rule: a
// *rule.InputError naming the member (or input field), its message leading
// with that name.
func refused(field, message string) *rule.InputError {
	if field != "" {
		message = field + " " + message
	}
	return &rule.InputError{Field: field, Message: message}
}

const (
	notUTF8       = "is not valid text: it holds bytes that are not UTF-8"
	loneSurrogate = "is not valid text: it escapes half of a UTF-16 surrogate pair (such as \\ud800) without the other half"
)

// badBody checks a JSON request body (req, its members): the query,
// operation name, extensions and every variable, naming the variable (or
// input field within it).
func badBody(body []byte, req map[string]json.RawMessage) *rule.InputError {
	if utf8.Valid(body) && !bytes.Contains(body, []byte(`\u`)) {
		return nil // nothing that could hide a lone surrogate: the usual case
	}
	for key, raw := range req {
		if key == "variables" {
			if te := badJSON(raw, ""); te != nil {
				return te
			}
			continue
		}
		if te := badJSON(raw, key); te != nil {
			return te
		}
		if key == "query" {
			var q string
			if json.Unmarshal(raw, &q) == nil {
				if te := badQuery(q); te != nil {
					return te
				}
			}
		}
	}
	if !utf8.Valid(body) {
		return refused("", "the request "+notUTF8)
	}
	return nil
}

// badParams checks a GET request's query, operationName, variables and
// extensions parameters.
func badParams(values url.Values) *rule.InputError {
	for key, vs := range values {
		for _, v := range vs {
			switch {
			case !utf8.ValidString(v):
				return refused(key, notUTF8)
			case key == "variables" || key == "extensions":
				name := ""
				if key == "extensions" {
					name = key
				}
				if te := badJSON(json.RawMessage(v), name); te != nil {
					return te
				}
			case key == "query":
				if te := badQuery(v); te != nil {
					return te
				}
			}
		}
	}
	return nil
}

// badJSON walks a JSON value and reports the first string in it that is not
// UTF-8 or escapes a lone surrogate, naming the innermost object key (field
// when there is none).
func badJSON(raw json.RawMessage, field string) *rule.InputError {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return nil
	}
	switch raw[0] {
	case '{':
		var m map[string]json.RawMessage
		if json.Unmarshal(raw, &m) != nil {
			return nil
		}
		for k, v := range m {
			if te := badJSON(v, k); te != nil {
				return te
			}
		}
	case '[':
		var l []json.RawMessage
		if json.Unmarshal(raw, &l) != nil {
			return nil
		}
		for _, v := range l {
			if te := badJSON(v, field); te != nil {
				return te
			}
		}
	case '"':
		switch {
		case !utf8.Valid(raw):
			return refused(field, notUTF8)
		case hasLoneSurrogate(string(raw), false):
			return refused(field, loneSurrogate)
		}
	}
	return nil
}

// badQuery reports a string literal of a GraphQL document that escapes a
// lone surrogate, naming the argument or input field it is given to.
func badQuery(q string) *rule.InputError {
	if !strings.Contains(q, `\u`) {
		return nil
	}
	runes := []rune(q)
	l := lexer.New(&ast.Source{Input: q})
	var prev lexer.Token
	name := "query"
	for {
		t, err := l.ReadToken()
		if err != nil || t.Kind == lexer.EOF {
			return nil // a syntax error is the parser's to report
		}
		if t.Kind == lexer.Colon && prev.Kind == lexer.Name {
			name = prev.Value
		}
		if t.Kind == lexer.String && t.Pos.Start >= 0 && t.Pos.End <= len(runes) &&
			hasLoneSurrogate(string(runes[t.Pos.Start:t.Pos.End]), true) {
			return refused(name, loneSurrogate)
		}
		prev = t
	}
}

// hasLoneSurrogate reports whether the escapes of a quoted string — JSON's
// \uXXXX, and with braces GraphQL's \u{X…} too — include a surrogate that is
// not one half of a high-then-low pair.
func hasLoneSurrogate(s string, braces bool) bool {
	high := false // the previous escape was a high surrogate awaiting its low half
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			if high {
				return true
			}
			continue
		}
		i++
		if s[i] != 'u' {
			if high {
				return true
			}
			continue
		}
		var hex string
		switch {
		case braces && i+1 < len(s) && s[i+1] == '{':
			end := strings.IndexByte(s[i+1:], '}')
			if end < 0 {
				return false
			}
			hex, i = s[i+2:i+1+end], i+1+end
		case i+4 < len(s):
			hex, i = s[i+1:i+5], i+4
		default:
			return false
		}
		r, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return false
		}
		switch {
		case r >= 0xd800 && r <= 0xdbff:
			if high {
				return true
			}
			high = true
		case r >= 0xdc00 && r <= 0xdfff:
			if !high {
				return true
			}
			high = false
		default:
			if high {
				return true
			}
		}
	}
	return high
}
