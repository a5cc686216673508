#!/bin/sh
# Makes the short audio clips the reference-track tests upload (committed beside this script;
# neither the product nor its tests need ffmpeg). Run again only to change them:
#   apt-get install -y ffmpeg && sh server/test/audio/make-fixtures.sh
set -eu
cd "$(dirname "$0")"
tone="sine=frequency=440:sample_rate=22050:duration=1.5"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
# With the tags the tests expect to read back.
tagged() { ff "$@" -metadata "title=Sine Study" -metadata "artist=Test Tone" -metadata album=Fixtures "$out"; }

out=clip.mp3 tagged -f lavfi -i "$tone" -ac 1 -c:a libmp3lame -b:a 32k
out=clip.flac tagged -f lavfi -i "$tone" -ac 1 -ar 8000 -c:a flac
out=clip.ogg tagged -f lavfi -i "$tone" -ac 1 -c:a libvorbis -q:a 0
out=clip.opus tagged -f lavfi -i "$tone" -ac 1 -ar 48000 -c:a libopus -b:a 12k
out=clip.m4a tagged -f lavfi -i "$tone" -ac 1 -c:a aac -b:a 24k
ff -f lavfi -i "$tone" -ac 1 -c:a aac -b:a 24k -f adts clip.aac
# An MP4 of the general brand holding only audio (accepted as audio/mp4), and one with video (refused).
out=audio-only.mp4 tagged -f lavfi -i "$tone" -ac 1 -c:a aac -b:a 24k -f mp4 -brand isom
ff -f lavfi -i "$tone" -f lavfi -i "color=c=black:s=16x16:r=5:d=1.5" -ac 1 -c:a aac -b:a 24k -c:v mpeg4 -shortest -f mp4 -brand isom with-video.mp4
ls -l clip.* audio-only.mp4 with-video.mp4
