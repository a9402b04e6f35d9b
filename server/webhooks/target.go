package webhooks

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"walker/ent/schema/rule"
)

// Resolver looks up the addresses of a host name (*net.Resolver does).
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Targets decides where events may be sent: https URLs whose every address
// is public. The addresses are checked when an endpoint is saved and again
// when each delivery connects (after its own DNS lookup, on the address
// dialled), so that a name that resolves elsewhere later (DNS rebinding)
// still reaches nothing private.
type Targets struct {
	// AllowPrivate also allows http and loopback, private and link-local
	// addresses: for development and tests only (WALKER_WEBHOOK_ALLOW_PRIVATE).
	AllowPrivate bool
	// Resolver looks names up; nil: the system's.
	Resolver Resolver
}

// ErrRefusedAddress is why a delivery was not made: the address is not a
// public one (a *RefusedError says which).
var ErrRefusedAddress = errors.New("address refused")

// RefusedError is an address a delivery did not connect to, and why.
type RefusedError struct {
	Addr netip.Addr
	Why  string
}

func (e *RefusedError) Error() string { return fmt.Sprintf("address refused: %s is %s", e.Addr, e.Why) }

// Is makes a RefusedError an ErrRefusedAddress.
func (e *RefusedError) Is(target error) bool { return target == ErrRefusedAddress }

// blocked are the address ranges never reached, besides what netip names
// (loopback, private, link-local, multicast, unspecified).
var blocked = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),          // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),      // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),       // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),      // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),        // reserved, broadcast
	netip.MustParsePrefix("64:ff9b::/96"),       // NAT64 (reaches IPv4 inside)
	netip.MustParsePrefix("64:ff9b:1::/48"),     // local NAT64
	netip.MustParsePrefix("2001:db8::/32"),      // documentation
	netip.MustParsePrefix("169.254.0.0/16"),     // link-local: cloud metadata
	netip.MustParsePrefix("100.100.100.200/32"), // Alibaba metadata
}

// why says why addr may not be reached, or "" when it may.
func (t *Targets) why(addr netip.Addr) string {
	if t.AllowPrivate {
		return ""
	}
	addr = addr.Unmap()
	switch {
	case addr.IsLoopback():
		return "a loopback address"
	case addr.IsPrivate():
		return "a private address"
	case addr.IsLinkLocalUnicast() || addr.IsLinkLocalMulticast():
		return "a link-local address"
	case addr.IsUnspecified(), addr.IsMulticast(), addr.IsInterfaceLocalMulticast():
		return "not a unicast address"
	}
	for _, p := range blocked {
		if p.Contains(addr) {
			return "a reserved or metadata address"
		}
	}
	return ""
}

func (t *Targets) resolver() Resolver {
	if t.Resolver != nil {
		return t.Resolver
	}
	return net.DefaultResolver
}

// CheckURL refuses, with a *rule.InputError on url, what events may not be
// sent to: not https (unless AllowPrivate), credentials in the URL, a host
// that does not resolve, or one with an address that is not public.
func (t *Targets) CheckURL(ctx context.Context, raw string) error {
	u, err := url.Parse(raw)
	switch {
	case err != nil || u.Host == "" || u.Opaque != "":
		return rule.Invalid("url", "is not an absolute URL")
	case u.Scheme != "https" && !(t.AllowPrivate && u.Scheme == "http"):
		return rule.Invalid("url", "must be an https URL")
	case u.User != nil:
		return rule.Invalid("url", "must not carry a user name or password")
	case u.Fragment != "":
		return rule.Invalid("url", "must not have a #fragment")
	}
	if t.AllowPrivate {
		return nil // any address will do
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	addrs, err := t.lookup(ctx, u.Hostname())
	if err != nil {
		return rule.Invalid("url", "%s does not resolve: %v", u.Hostname(), err)
	}
	for _, a := range addrs {
		if why := t.why(a); why != "" {
			return rule.Invalid("url", "%s is %s: events are sent only to public addresses", a, why)
		}
	}
	return nil
}

// lookup resolves host (an address literal stands for itself).
func (t *Targets) lookup(ctx context.Context, host string) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		return []netip.Addr{a}, nil
	}
	addrs, err := t.resolver().LookupNetIP(ctx, "ip", host)
	if err == nil && len(addrs) == 0 {
		err = errors.New("no address")
	}
	return addrs, err
}

// DialContext connects to address (host:port) on one of its public
// addresses, resolving it once and dialling the address checked; the
// dialer's Control checks the address again at the socket.
func (t *Targets) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	addrs, err := t.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	d := &net.Dialer{Timeout: 5 * time.Second, Control: t.control}
	var last error
	for _, a := range addrs {
		if why := t.why(a); why != "" {
			last = &RefusedError{a, why}
			continue
		}
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(a.String(), port))
		if err == nil {
			return conn, nil
		}
		last = err
	}
	return nil, last
}

// control refuses a socket about to connect to an address not public.
func (t *Targets) control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s", ErrRefusedAddress, address)
	}
	if why := t.why(ap.Addr()); why != "" {
		return &RefusedError{ap.Addr(), why}
	}
	return nil
}
