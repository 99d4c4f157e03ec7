/* version.h - Trapdoor's version, printed in the boot banner and by uname. */
#ifndef _VERSION_H
#define _VERSION_H
#define TRAPDOOR_VERSION	"0.1.0"
#endif
