package export

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"walker/graph"
)

// The encoder writes a record as one line of JSON in the shape of
// graph.Record (its fields under their GraphQL names, ids as strings,
// __typename, edges and sensitive fields left out, empty values left out as
// encoding/json's omitempty leaves them, keys sorted) plus its relations,
// byte for byte what json.Marshal of that map would write. graph.Record goes
// through json.Marshal, json.Unmarshal into a map, and json.Marshal again,
// about 40 allocations per record; a bulk export writes millions, so the
// encoder plans each type once, by reflection, and then only appends
// (TestEncoderIsRecord holds it to graph.Record).

// A relation is a record's link to others that its own row does not hold
// (a conversation's customers), named as its create input names it.
type relation struct {
	key  string // customerIDs
	many bool   // a list (always written, [] when empty); else one id, left out when none
}

// kind is how a planned field is written.
type kind int

const (
	kString kind = iota
	kInt         // a number
	kID          // an id or *_id: a decimal string
	kBool
	kFloat
	kTime
	kStrings
	kOther // anything else, the slow way (json.Marshal then, as graph.Record does, a map)
	kRelation
)

type planned struct {
	key   string // `"name":`
	name  string // name, for sorting
	index int    // the struct field, or the relation
	kind  kind
	ptr   bool // the field is a pointer: left out when nil
	omit  bool // omitempty
	many  bool // of a relation
}

// plan is how one ent type is written.
type plan struct {
	typename  string
	fields    []planned
	relations int
}

var (
	plansMu sync.Mutex
	plans   = map[reflect.Type]*plan{}

	timeType          = reflect.TypeFor[time.Time]()
	jsonMarshaler     = reflect.TypeFor[json.Marshaler]()
	textMarshaler     = reflect.TypeFor[encoding.TextMarshaler]()
	stringSliceType   = reflect.TypeFor[[]string]()
	errUnsupportedNum = fmt.Errorf("export: NaN or infinite number")
)

// planFor returns the plan of the record type t (a struct) with relations.
func planFor(t reflect.Type, relations []relation) *plan {
	plansMu.Lock()
	defer plansMu.Unlock()
	if p, ok := plans[t]; ok {
		return p
	}
	p := &plan{typename: t.Name(), relations: len(relations)}
	p.fields = append(p.fields, planned{key: `"__typename":`, name: "__typename", index: -1})
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		if name == "edges" {
			continue
		}
		ft := f.Type
		pf := planned{index: i, omit: strings.Contains(","+opts+",", ",omitempty,")}
		if ft.Kind() == reflect.Pointer {
			pf.ptr, ft = true, ft.Elem()
		}
		isID := name == "id" || strings.HasSuffix(name, "_id")
		switch {
		case ft == timeType:
			pf.kind = kTime
		case ft.Implements(jsonMarshaler) || reflect.PointerTo(ft).Implements(jsonMarshaler) ||
			ft.Implements(textMarshaler) || reflect.PointerTo(ft).Implements(textMarshaler):
			pf.kind = kOther
		case ft.Kind() == reflect.String:
			pf.kind = kString
		case ft.Kind() >= reflect.Int && ft.Kind() <= reflect.Int64:
			pf.kind = kInt
			if isID {
				pf.kind = kID
			}
		case ft.Kind() == reflect.Bool:
			pf.kind = kBool
		case ft.Kind() == reflect.Float64 || ft.Kind() == reflect.Float32:
			pf.kind = kFloat
		case ft == stringSliceType:
			pf.kind = kStrings
		default:
			pf.kind = kOther
		}
		pf.name = graph.FieldName(name)
		pf.key = strconv.Quote(pf.name) + ":"
		p.fields = append(p.fields, pf)
	}
	for i, r := range relations {
		p.fields = append(p.fields, planned{key: strconv.Quote(r.key) + ":", name: r.key, index: i, kind: kRelation, many: r.many})
	}
	slices.SortFunc(p.fields, func(a, b planned) int { return strings.Compare(a.name, b.name) })
	plans[t] = p
	return p
}

// appendRecord appends the line of v (a pointer to an ent record) and its
// relations (in the order of the plan's), without the newline.
func appendRecord(b []byte, p *plan, v any, rels [][]int) ([]byte, error) {
	rv := reflect.ValueOf(v).Elem()
	b = append(b, '{')
	first := true
	for i := range p.fields {
		f := &p.fields[i]
		if f.index < 0 { // __typename
			b = appendKey(b, f.key, &first)
			b = appendString(b, p.typename)
			continue
		}
		if f.kind == kRelation {
			ids := rels[f.index]
			switch {
			case f.many:
				b = appendKey(b, f.key, &first)
				b = append(b, '[')
				for j, id := range ids {
					if j > 0 {
						b = append(b, ',')
					}
					b = appendID(b, int64(id))
				}
				b = append(b, ']')
			case len(ids) > 0:
				b = appendKey(b, f.key, &first)
				b = appendID(b, int64(ids[0]))
			}
			continue
		}
		fv := rv.Field(f.index)
		if f.ptr {
			if fv.IsNil() {
				continue // nil is left out (every pointer of ent's is omitempty)
			}
			fv = fv.Elem()
		}
		var err error
		switch f.kind {
		case kString:
			s := fv.String()
			if f.omit && !f.ptr && s == "" {
				continue
			}
			b = appendKey(b, f.key, &first)
			b = appendString(b, s)
		case kInt, kID:
			n := fv.Int()
			if f.omit && !f.ptr && n == 0 {
				continue
			}
			b = appendKey(b, f.key, &first)
			if f.kind == kID {
				b = appendID(b, n)
			} else {
				b = appendFloat(b, float64(n)) // graph.Record reads numbers as float64
			}
		case kBool:
			t := fv.Bool()
			if f.omit && !f.ptr && !t {
				continue
			}
			b = appendKey(b, f.key, &first)
			b = strconv.AppendBool(b, t)
		case kFloat:
			x := fv.Float()
			if f.omit && !f.ptr && x == 0 {
				continue
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return b, errUnsupportedNum
			}
			b = appendKey(b, f.key, &first)
			b = appendFloat(b, x)
		case kTime:
			t := fv.Addr().Interface().(*time.Time)
			b = appendKey(b, f.key, &first)
			b = append(b, '"')
			b = t.AppendFormat(b, time.RFC3339Nano)
			b = append(b, '"')
		case kStrings:
			if f.omit && fv.Len() == 0 {
				continue
			}
			b = appendKey(b, f.key, &first)
			if fv.IsNil() {
				b = append(b, "null"...)
				continue
			}
			b = append(b, '[')
			for j := range fv.Len() {
				if j > 0 {
					b = append(b, ',')
				}
				b = appendString(b, fv.Index(j).String())
			}
			b = append(b, ']')
		default:
			if f.omit && !f.ptr && isEmpty(fv) {
				continue
			}
			if b, err = appendOther(b, f, fv, &first); err != nil {
				return b, err
			}
		}
	}
	return append(b, '}'), nil
}

func appendKey(b []byte, key string, first *bool) []byte {
	if !*first {
		b = append(b, ',')
	}
	*first = false
	return append(b, key...)
}

// appendOther writes a field of a kind the plan has no fast path for as
// graph.Record does: encoding/json, read back into Go values and written again.
func appendOther(b []byte, f *planned, fv reflect.Value, first *bool) ([]byte, error) {
	x := fv.Interface()
	if fv.CanAddr() {
		x = fv.Addr().Interface() // methods on the pointer too, as encoding/json finds them
	}
	raw, err := json.Marshal(x)
	if err != nil {
		return b, err
	}
	x = nil
	if err := json.Unmarshal(raw, &x); err != nil {
		return b, err
	}
	if n, ok := x.(float64); ok && (f.name == "id" || strings.HasSuffix(f.name, "ID")) {
		x = strconv.FormatInt(int64(n), 10)
	}
	if raw, err = json.Marshal(x); err != nil {
		return b, err
	}
	b = appendKey(b, f.key, first)
	return append(b, raw...), nil
}

// isEmpty is encoding/json's empty value, which omitempty leaves out.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func appendID(b []byte, id int64) []byte {
	b = append(b, '"')
	b = strconv.AppendInt(b, id, 10)
	return append(b, '"')
}

// appendFloat writes x as encoding/json does.
func appendFloat(b []byte, x float64) []byte {
	abs := math.Abs(x)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, x, format, -1, 64)
	if format == 'e' {
		// e-09 is written e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string exactly as graph.Record's
// json.Marshal does: HTML characters, U+2028 and U+2029 escaped, and invalid
// UTF-8 replaced by U+FFFD (encoding/json writes \ufffd, which graph.Record
// reads back and writes as the character).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, "\uFFFD"...) // graph.Record's round trip writes the character itself
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
