package server

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"walker/ent/schema/viewer"
	"walker/graph"
	"walker/server/auth"
	"walker/server/tracing"
)

// statusWriter records the status and size of a response for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests writes one structured access-log line per request, and turns a
// panic into a 500 with the cause logged.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.ErrorContext(r.Context(), "handler panicked", "panic", p, "path", loggedPath(r.URL.Path))
				if sw.status == 0 {
					writeError(sw, http.StatusInternalServerError, graph.CodeInternal, "internal error")
				}
			}
			d := time.Since(start)
			s.metrics.request(r.Pattern, sw.status, d) // the mux sets the pattern it matched
			s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method), slog.String("path", loggedPath(r.URL.Path)),
				slog.Int("status", sw.status), slog.Int("bytes", sw.bytes),
				slog.Duration("duration", d), slog.String("remote", clientIP(r)))
		}()
		next.ServeHTTP(sw, r)
	})
}

// loggedPath is a request's path as the log may keep it: an invitation
// link's path holds its secret (/invite/<secret>), which logs must not.
func loggedPath(path string) string {
	if strings.HasPrefix(path, "/invite/") {
		return "/invite/…"
	}
	return path
}

// securityHeaders sets the headers every response carries.
func (s *Server) securityHeaders(next http.Handler) http.Handler {
	hsts := strings.HasPrefix(s.cfg.PublicURL, "https://")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if h.Get("Content-Security-Policy") == "" {
			h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		}
		if hsts {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		next.ServeHTTP(w, r)
	})
}

// authenticate resolves the bearer token, if any, into a viewer. A request
// without one goes on anonymously (the privacy rules refuse it data); a
// request with a bad one is refused with 401 at once.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		if h == "" {
			next.ServeHTTP(w, r)
			return
		}
		// Failed attempts are limited per address before any lookup, so that
		// guessing tokens costs the database nothing.
		if empty, wait := s.limiter.empty("authfail:" + clientIP(r)); empty {
			w.Header().Set("Retry-After", retryAfter(wait))
			writeError(w, http.StatusTooManyRequests, graph.CodeRateLimited, "too many failed sign-ins: retry after "+retryAfter(wait)+" s")
			return
		}
		token, ok := bearerToken(h)
		if !ok {
			s.refuse(w, r, errors.New("authorization header is not a bearer token"))
			return
		}
		var (
			v   *viewer.Viewer
			err error
		)
		if strings.HasPrefix(token, auth.APITokenPrefix) {
			v, err = s.sessions.APIToken(r.Context(), token)
		} else {
			v, err = s.sessions.Viewer(r.Context(), token)
		}
		if err != nil {
			s.refuse(w, r, err)
			return
		}
		if s.cfg.Tracer != nil {
			trace.SpanFromContext(r.Context()).SetAttributes(tracing.OrganizationKey.Int(v.OrganizationID))
		}
		next.ServeHTTP(w, r.WithContext(viewer.NewContext(r.Context(), v)))
	})
}

// routeAttribute sets http.route on the request's span once the mux has
// matched a pattern (otelhttp starts the span before, and names it after).
func routeAttribute(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		if _, route, ok := strings.Cut(r.Pattern, "/"); ok {
			trace.SpanFromContext(r.Context()).SetAttributes(semconv.HTTPRoute("/" + route))
		}
	})
}

// refuse answers 401 without detail, logs why at warn, and counts the
// failure against the client's address.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err error) {
	s.limiter.allow("authfail:" + clientIP(r))
	s.log.WarnContext(r.Context(), "authentication failed", "remote", clientIP(r), "err", err)
	w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
	writeError(w, http.StatusUnauthorized, graph.CodeUnauthenticated, "invalid or expired token")
}

// rateLimit allows each caller — an API token, a person, or else an address —
// RatePerSec requests a second with bursts of RateBurst, answering 429 with
// Retry-After beyond that; it hands the caller to the GraphQL cost budget
// (budget.go), and both budgets go out in the RateLimit header fields.
func (s *Server) rateLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := "ip:" + clientIP(r)
		if v := viewer.FromContext(r.Context()); v != nil {
			key = "leader:" + strconv.Itoa(v.LeaderID)
			if v.TokenID != 0 {
				key = "token:" + strconv.Itoa(v.TokenID)
			}
		}
		ok, wait := s.limiter.allow(key)
		c := &caller{key: key, header: w.Header(), request: s.limiter.throttle(key), cost: s.costs.throttle(key)}
		c.writeHeaders()
		if !ok {
			w.Header().Set("Retry-After", retryAfter(wait))
			writeError(w, http.StatusTooManyRequests, graph.CodeRateLimited, "too many requests: retry after "+retryAfter(wait)+" s")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), callerKey{}, c)))
	})
}

// limitBody reads at most MaxBody bytes of the request, answering 413 beyond,
// and refuses (400) a request whose text is not valid UTF-8 or escapes lone
// UTF-16 surrogates.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			if te := badParams(r.URL.Query()); te != nil {
				s.fail(w, r, te)
				return
			}
		}
		if r.Body == nil || r.Method == http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > s.cfg.MaxBody {
			writeError(w, http.StatusRequestEntityTooLarge, graph.CodeBadUserInput, "request body too large: the limit is "+strconv.FormatInt(s.cfg.MaxBody, 10)+" bytes")
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			writeError(w, http.StatusRequestEntityTooLarge, graph.CodeBadUserInput, "request body too large: the limit is "+strconv.FormatInt(s.cfg.MaxBody, 10)+" bytes")
			return
		case err != nil:
			writeError(w, http.StatusBadRequest, graph.CodeBadUserInput, "could not read the request body")
			return
		}
		if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "application/json" {
			req, ok := oneJSONObject(body)
			if !ok {
				// gqlgen would run the first of several values, or answer 422 to null.
				writeError(w, http.StatusBadRequest, graph.CodeBadUserInput, `send one JSON object: {"query": "...", "variables": {...}}`)
				return
			}
			if te := badBody(body, req); te != nil {
				s.fail(w, r, te)
				return
			}
			if te := badShape(req); te != nil {
				s.fail(w, r, te)
				return
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// oneJSONObject returns the members of body when it is exactly one JSON
// object.
func oneJSONObject(body []byte) (map[string]json.RawMessage, bool) {
	dec := json.NewDecoder(bytes.NewReader(body))
	var obj map[string]json.RawMessage
	if err := dec.Decode(&obj); err != nil || obj == nil {
		return nil, false
	}
	_, err := dec.Token()
	return obj, errors.Is(err, io.EOF)
}

// methodNotAllowed rewrites gqlgen's 406 for a mutation sent over GET into the
// 405 that the GraphQL-over-HTTP spec asks for, with Allow: POST.
type methodNotAllowed struct{ http.ResponseWriter }

func (w methodNotAllowed) WriteHeader(code int) {
	if code == http.StatusNotAcceptable {
		w.Header().Set("Allow", "POST")
		code = http.StatusMethodNotAllowed
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w methodNotAllowed) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// clientIP is the peer address of the request. X-Forwarded-For is not
// trusted: behind a load balancer, configure it to set the peer address.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limitAuth allows each address AuthRatePerSec sign-in requests a second
// (bursts of AuthBurst), answering 429 with Retry-After beyond that.
func (s *Server) limitAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ok, wait := s.authLimiter.allow("auth:" + clientIP(r)); !ok {
			w.Header().Set("Retry-After", retryAfter(wait))
			writeError(w, http.StatusTooManyRequests, graph.CodeRateLimited, "too many sign-in requests: retry after "+retryAfter(wait)+" s")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// bearerToken reads the token of an Authorization header "Bearer <token>"
// (the scheme in any case).
func bearerToken(header string) (string, bool) {
	scheme, token, ok := strings.Cut(header, " ")
	return token, ok && strings.EqualFold(scheme, "Bearer") && token != ""
}

// bearerMatches tells whether the request carries token as its bearer token,
// compared in constant time.
func bearerMatches(r *http.Request, token string) bool {
	got, ok := bearerToken(r.Header.Get("Authorization"))
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(token)) == 1
}
