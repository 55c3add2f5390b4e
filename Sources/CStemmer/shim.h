#ifndef JOINTTRAINING_CSTEMMER_SHIM_H
#define JOINTTRAINING_CSTEMMER_SHIM_H

/* Snowball stemmers from Debian's libstemmer-dev, which ships no pkg-config file: the header
   sits in /usr/include and the library is linked by name in module.modulemap. */
#include <libstemmer.h>

#endif
