# Build and install ehc-reviewd on a server (see README, "Installing on a server").
#
#   make build                          release build (static Swift runtime: the server needs no toolchain)
#   sudo make install PREFIX=/usr       binaries, systemd unit, sysusers file, example config
#   sudo make uninstall PREFIX=/usr     removes what install put there, except the config and the data
#
# Variables: PREFIX (default /usr/local), DESTDIR (staging root for packagers), BIN_DIR (where the built
# binaries are; default .build/release). The unit and sysusers files go under $(PREFIX)/lib, which
# systemd searches for both /usr and /usr/local (see `systemd-analyze unit-paths`); the config always goes
# to /etc/ehc-review, the path the unit passes to --config.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?= -c release --static-swift-stdlib
BIN_DIR ?= .build/release

BINDIR = $(PREFIX)/bin
UNITDIR = $(PREFIX)/lib/systemd/system
SYSUSERSDIR = $(PREFIX)/lib/sysusers.d
CONFDIR = /etc/ehc-review

INSTALL ?= install

.PHONY: all build install uninstall

all: build

build:
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

install:
	@test -x "$(BIN_DIR)/ehc-reviewd" || { echo "$(BIN_DIR)/ehc-reviewd is missing: run 'make build' first" >&2; exit 1; }
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(UNITDIR)" "$(DESTDIR)$(SYSUSERSDIR)"
	$(INSTALL) -m 0755 "$(BIN_DIR)/ehc-reviewd" "$(DESTDIR)$(BINDIR)/ehc-reviewd"
	@if [ -x "$(BIN_DIR)/ehc-reviewctl" ]; then \
		echo "$(INSTALL) -m 0755 $(BIN_DIR)/ehc-reviewctl $(DESTDIR)$(BINDIR)/ehc-reviewctl"; \
		$(INSTALL) -m 0755 "$(BIN_DIR)/ehc-reviewctl" "$(DESTDIR)$(BINDIR)/ehc-reviewctl"; \
	else \
		echo "note: $(BIN_DIR)/ehc-reviewctl not built; installing the daemon only"; \
	fi
	sed 's|^ExecStart=/usr/bin/ehc-reviewd |ExecStart=$(BINDIR)/ehc-reviewd |' systemd/ehc-reviewd.service \
		> "$(DESTDIR)$(UNITDIR)/ehc-reviewd.service.tmp"
	chmod 0644 "$(DESTDIR)$(UNITDIR)/ehc-reviewd.service.tmp"
	mv -f "$(DESTDIR)$(UNITDIR)/ehc-reviewd.service.tmp" "$(DESTDIR)$(UNITDIR)/ehc-reviewd.service"
	$(INSTALL) -m 0644 systemd/ehc-review.sysusers "$(DESTDIR)$(SYSUSERSDIR)/ehc-review.conf"
	$(INSTALL) -d -m 0755 "$(DESTDIR)$(CONFDIR)"
	@if [ -e "$(DESTDIR)$(CONFDIR)/ehc-reviewd.yaml" ]; then \
		echo "note: keeping the existing $(DESTDIR)$(CONFDIR)/ehc-reviewd.yaml"; \
	else \
		echo "$(INSTALL) -m 0644 etc/ehc-review/ehc-reviewd.yaml $(DESTDIR)$(CONFDIR)/ehc-reviewd.yaml"; \
		$(INSTALL) -m 0644 etc/ehc-review/ehc-reviewd.yaml "$(DESTDIR)$(CONFDIR)/ehc-reviewd.yaml"; \
	fi

# Leaves /etc/ehc-review (the admin's config) and /var/lib/ehc-review (the database) alone.
uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/ehc-reviewd" "$(DESTDIR)$(BINDIR)/ehc-reviewctl"
	rm -f "$(DESTDIR)$(UNITDIR)/ehc-reviewd.service" "$(DESTDIR)$(SYSUSERSDIR)/ehc-review.conf"
	@echo "note: $(CONFDIR) and /var/lib/ehc-review are kept; remove them by hand if wanted"
