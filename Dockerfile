# syntax=docker/dockerfile:1
#
# The esconnect tools in a small image: one multi-call binary (`esconnect`), a link per tool
# (`es-role`, `autoops-env`, `autoops-probe`, ...), run as a non-root user. TLS is rustls with the public
# roots built in, so the runtime image needs no OpenSSL and no CA package.
#
#   docker build -t esconnect:0.1.0 .
#   docker run --rm esconnect:0.1.0 autoops-probe --help
#   docker run --rm --env-file autoops.env esconnect:0.1.0 autoops-probe
#
# Base images are pinned by version; pin them by digest (`image:tag@sha256:...`) in a release pipeline.
# Checked by crates/esconnect/tests/dockerfile.rs (no container engine is needed for that).

FROM rust:1.95.0-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p esconnect --bin esconnect \
 && mkdir -p /out/bin \
 && cp target/release/esconnect /out/bin/esconnect \
 && for tool in $(/out/bin/esconnect --list); do ln -s esconnect "/out/bin/$tool"; done

FROM debian:12.12-slim AS runtime
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/esconnect --shell /usr/sbin/nologin esconnect
COPY --from=build /out/bin/ /usr/local/bin/
USER 10001:10001
WORKDIR /home/esconnect
ENTRYPOINT ["esconnect"]
CMD ["--help"]
