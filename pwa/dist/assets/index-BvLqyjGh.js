(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var e,t,n,r,i,a,o,s,c,l,u,d={},f=[],p=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,m=Array.isArray;function h(e,t){for(var n in t)e[n]=t[n];return e}function g(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function _(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return v(t,s,i,a,null)}function v(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t}function x(e,t){if(t==null)return e.__?x(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?x(e):null}function S(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return S(e)}}function C(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!w.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(w)}function w(){for(var e,n,i,a,s,c,l,u=1;r.length;)r.length>u&&r.sort(o),e=r.shift(),u=r.length,e.__d&&(i=void 0,a=void 0,s=(a=(n=e).__v).__e,c=[],l=[],n.__P&&((i=h({},a)).__v=a.__v+1,t.vnode&&t.vnode(i),E(n.__P,i,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,c,s??x(a),!!(32&a.__u),l),i.__v=a.__v,i.__.__k[i.__i]=i,se(c,i,l),a.__e=a.__=null,i.__e!=s&&S(i)));w.__r=0}function ee(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y,b=r&&r.__k||f,x=t.length;for(c=te(n,t,b,c,x),p=0;p<x;p++)(h=n.__k[p])!=null&&(m=h.__i==-1?d:b[h.__i]||d,h.__i=p,v=E(e,h,m,i,a,o,s,c,l,u),g=h.__e,h.ref&&m.ref!=h.ref&&(m.ref&&D(m.ref,null,h),u.push(h.ref,h.__c||g,h)),_==null&&g!=null&&(_=g),(y=!!(4&h.__u))||m.__k===h.__k?c=T(h,c,e,y):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-7);return n.__e=_,c}function te(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(c=a+f,(o=e.__k[a]=typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?v(null,o,null,null,null):m(o)?v(y,{children:o},null,null,null):o.constructor==null&&o.__b>0?v(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):o).__=e,o.__b=e.__b+1,s=null,(l=o.__i=ne(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=x(s)),ue(s,s));return r}function T(e,t,n,r){var i,a;if(typeof e.type==`function`){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=T(i[a],t,n,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=x(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ne(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&e.key==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function re(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||p.test(t)?n:n+`px`}function ie(e,t,n,r,i){var a,o;n:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||re(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||re(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(s,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n.u=r.u:(n.u=c,e.addEventListener(t,a?u:l,a)):e.removeEventListener(t,a?u:l,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break n}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function ae(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n.t==null)n.t=c++;else if(n.t<r.u)return;return r(t.event?t.event(n):n)}}}function E(e,n,r,i,a,o,s,c,l,u){var d,f,p,_,v,x,S,C,w,te,T,ne,re,ie,ae,E,se,D=n.type;if(n.constructor!=null)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);n:if(typeof D==`function`)try{if(C=n.props,w=`prototype`in D&&D.prototype.render,te=(d=D.contextType)&&i[d.__c],T=d?te?te.props.value:d.__:i,r.__c?S=(f=n.__c=r.__c).__=f.__E:(w?n.__c=f=new D(C,T):(n.__c=f=new b(C,T),f.constructor=D,f.render=de),te&&te.sub(f),f.props=C,f.state||(f.state={}),f.context=T,f.__n=i,p=f.__d=!0,f.__h=[],f._sb=[]),w&&f.__s==null&&(f.__s=f.state),w&&D.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=h({},f.__s)),h(f.__s,D.getDerivedStateFromProps(C,f.__s))),_=f.props,v=f.state,f.__v=n,p)w&&D.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),w&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(w&&D.getDerivedStateFromProps==null&&C!==_&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(C,T),!f.__e&&f.shouldComponentUpdate!=null&&!1===f.shouldComponentUpdate(C,f.__s,T)||n.__v==r.__v){for(n.__v!=r.__v&&(f.props=C,f.state=f.__s,f.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),ne=0;ne<f._sb.length;ne++)f.__h.push(f._sb[ne]);f._sb=[],f.__h.length&&s.push(f);break n}f.componentWillUpdate!=null&&f.componentWillUpdate(C,f.__s,T),w&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(_,v,x)})}if(f.context=T,f.props=C,f.__P=e,f.__e=!1,re=t.__r,ie=0,w){for(f.state=f.__s,f.__d=!1,re&&re(n),d=f.render(f.props,f.state,f.context),ae=0;ae<f._sb.length;ae++)f.__h.push(f._sb[ae]);f._sb=[]}else do f.__d=!1,re&&re(n),d=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++ie<25);f.state=f.__s,f.getChildContext!=null&&(i=h(h({},i),f.getChildContext())),w&&!p&&f.getSnapshotBeforeUpdate!=null&&(x=f.getSnapshotBeforeUpdate(_,v)),E=d,d!=null&&d.type===y&&d.key==null&&(E=ce(d.props.children)),c=ee(e,m(E)?E:[E],n,r,i,a,o,s,c,l,u),f.base=n.__e,n.__u&=-161,f.__h.length&&s.push(f),S&&(f.__E=f.__=null)}catch(e){if(n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o[o.indexOf(c)]=null,n.__e=c}else{for(se=o.length;se--;)g(o[se]);oe(n)}}else n.__e=r.__e,n.__k=r.__k,e.then||oe(n);t.__e(e,n,r)}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=le(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function oe(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(oe)}function se(e,n,r){for(var i=0;i<r.length;i++)D(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function ce(e){return typeof e!=`object`||!e||e.__b&&e.__b>0?e:m(e)?e.map(ce):h({},e)}function le(n,r,i,a,o,s,c,l,u){var f,p,h,_,v,y,b,S=i.props,C=r.props,w=r.type;if(w==`svg`?o=`http://www.w3.org/2000/svg`:w==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(f=0;f<s.length;f++)if((v=s[f])&&`setAttribute`in v==!!w&&(w?v.localName==w:v.nodeType==3)){n=v,s[f]=null;break}}if(n==null){if(w==null)return document.createTextNode(C);n=document.createElementNS(o,w,C.is&&C),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(w==null)S===C||l&&n.data==C||(n.data=C);else{if(s&&=e.call(n.childNodes),S=i.props||d,!l&&s!=null)for(S={},f=0;f<n.attributes.length;f++)S[(v=n.attributes[f]).name]=v.value;for(f in S)if(v=S[f],f!=`children`){if(f==`dangerouslySetInnerHTML`)h=v;else if(!(f in C)){if(f==`value`&&`defaultValue`in C||f==`checked`&&`defaultChecked`in C)continue;ie(n,f,null,v,o)}}for(f in C)v=C[f],f==`children`?_=v:f==`dangerouslySetInnerHTML`?p=v:f==`value`?y=v:f==`checked`?b=v:l&&typeof v!=`function`||S[f]===v||ie(n,f,v,S[f],o);if(p)l||h&&(p.__html==h.__html||p.__html==n.innerHTML)||(n.innerHTML=p.__html),r.__k=[];else if(h&&(n.innerHTML=``),ee(r.type==`template`?n.content:n,m(_)?_:[_],r,i,a,w==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&x(i,0),l,u),s!=null)for(f=s.length;f--;)g(s[f]);l||(f=`value`,w==`progress`&&y==null?n.removeAttribute(`value`):y!=null&&(y!==n[f]||w==`progress`&&!y||w==`option`&&y!=S[f])&&ie(n,f,y,S[f],o),f=`checked`,b!=null&&b!=n[f]&&ie(n,f,b,S[f],o))}return n}function D(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function ue(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||D(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&ue(i[a],n,r||typeof e.type!=`function`);r||g(e.__e),e.__c=e.__=e.__e=void 0}function de(e,t,n){return this.constructor(e,n)}function fe(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],E(r,n=(!a&&i||r).__k=_(y,null,[n]),o||d,d,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),se(s,n,c)}e=f.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,b.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=h({},this.state);typeof e==`function`&&(e=e(h({},n),this.props)),e&&h(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),C(this))},b.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),C(this))},b.prototype.render=y,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},w.__r=0,s=/(PointerCapture)$|Capture$/i,c=0,l=ae(!1),u=ae(!0);var pe,O,me,he,ge=0,_e=[],k=t,ve=k.__b,ye=k.__r,be=k.diffed,xe=k.__c,Se=k.unmount,Ce=k.__;function we(e,t){k.__h&&k.__h(O,e,ge||t),ge=0;var n=O.__H||(O.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function A(e){return ge=1,Te(Me,e)}function Te(e,t,n){var r=we(pe++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Me(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=O,!O.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=r.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!a||a.call(this,e,t,n);var o=r.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a&&a.call(this,e,t,n)||o};O.__f=!0;var a=O.shouldComponentUpdate,o=O.componentWillUpdate;O.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},O.shouldComponentUpdate=i}return r.__N||r.__}function j(e,t){var n=we(pe++,3);!k.__s&&je(n.__H,t)&&(n.__=e,n.u=t,O.__H.__h.push(n))}function Ee(){for(var e;e=_e.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(ke),e.__H.__h.forEach(Ae),e.__H.__h=[]}catch(t){e.__H.__h=[],k.__e(t,e.__v)}}k.__b=function(e){O=null,ve&&ve(e)},k.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ce&&Ce(e,t)},k.__r=function(e){ye&&ye(e),pe=0;var t=(O=e.__c).__H;t&&(me===O?(t.__h=[],O.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(ke),t.__h.forEach(Ae),t.__h=[],pe=0)),me=O},k.diffed=function(e){be&&be(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(_e.push(t)!==1&&he===k.requestAnimationFrame||((he=k.requestAnimationFrame)||Oe)(Ee)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),me=O=null},k.__c=function(e,t){t.some(function(e){try{e.__h.forEach(ke),e.__h=e.__h.filter(function(e){return!e.__||Ae(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],k.__e(n,e.__v)}}),xe&&xe(e,t)},k.unmount=function(e){Se&&Se(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{ke(e)}catch(e){t=e}}),n.__H=void 0,t&&k.__e(t,n.__v))};var De=typeof requestAnimationFrame==`function`;function Oe(e){var t,n=function(){clearTimeout(r),De&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);De&&(t=requestAnimationFrame(n))}function ke(e){var t=O,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),O=t}function Ae(e){var t=O;e.__c=e.__(),O=t}function je(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Me(e,t){return typeof t==`function`?t(e):t}var Ne=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Ne(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},Pe=new Map;function Fe(e){var t=Pe.get(this);return t||(t=new Map,Pe.set(this,t)),(t=Ne(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var M=Fe.bind(_),Ie={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},Le=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},N,P;function F(e){return new Le(`Syntax Error: Unexpected token at ${P} in ${e}`)}function Re(e){if(e.lastIndex=P,e.test(N))return N.slice(P,P=e.lastIndex)}var ze=/ +(?=[^\s])/y;function Be(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)ze.lastIndex=0,ze.test(t[o])&&(o&&(!r||ze.lastIndex<r)&&(r=ze.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function I(){for(var e=0|N.charCodeAt(P++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|N.charCodeAt(P++))if(e===35)for(;(e=0|N.charCodeAt(P++))&&e!==10&&e!==13;);P--}function Ve(){for(var e=P,t=0|N.charCodeAt(P++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|N.charCodeAt(P++));if(e===P-1)throw F(`Name`);var n=N.slice(e,--P);return I(),n}function L(){return{kind:`Name`,value:Ve()}}var He=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Ue=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function We(e){var t;switch(N.charCodeAt(P)){case 91:P++,I();for(var n=[];N.charCodeAt(P)!==93;)n.push(We(e));return P++,I(),{kind:`ListValue`,values:n};case 123:P++,I();for(var r=[];N.charCodeAt(P)!==125;){var i=L();if(N.charCodeAt(P++)!==58)throw F(`ObjectField`);I(),r.push({kind:`ObjectField`,name:i,value:We(e)})}return P++,I(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw F(`Variable`);return P++,{kind:`Variable`,name:L()};case 34:if(N.charCodeAt(P+1)===34&&N.charCodeAt(P+2)===34){if(P+=3,(t=Re(He))==null)throw F(`StringValue`);return I(),{kind:`StringValue`,value:Be(t.slice(0,-3)),block:!0}}var a=P,o;P++;var s=!1;for(o=0|N.charCodeAt(P++);o===92&&(P++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|N.charCodeAt(P++));if(o!==34)throw F(`StringValue`);return t=N.slice(a,P),I(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=P++,l;(l=0|N.charCodeAt(P++))>=48&&l<=57;);var u=N.slice(c,--P);if((l=N.charCodeAt(P))===46||l===69||l===101){if((t=Re(Ue))==null)throw F(`FloatValue`);return I(),{kind:`FloatValue`,value:u+t}}return I(),{kind:`IntValue`,value:u};case 110:if(N.charCodeAt(P+1)===117&&N.charCodeAt(P+2)===108&&N.charCodeAt(P+3)===108)return P+=4,I(),{kind:`NullValue`};break;case 116:if(N.charCodeAt(P+1)===114&&N.charCodeAt(P+2)===117&&N.charCodeAt(P+3)===101)return P+=4,I(),{kind:`BooleanValue`,value:!0};break;case 102:if(N.charCodeAt(P+1)===97&&N.charCodeAt(P+2)===108&&N.charCodeAt(P+3)===115&&N.charCodeAt(P+4)===101)return P+=5,I(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:Ve()}}function Ge(e){if(N.charCodeAt(P)===40){var t=[];P++,I();do{var n=L();if(N.charCodeAt(P++)!==58)throw F(`Argument`);I(),t.push({kind:`Argument`,name:n,value:We(e)})}while(N.charCodeAt(P)!==41);return P++,I(),t}}function R(e){if(N.charCodeAt(P)===64){var t=[];do P++,t.push({kind:`Directive`,name:L(),arguments:Ge(e)});while(N.charCodeAt(P)===64);return t}}function Ke(){for(var e=0;N.charCodeAt(P)===91;)e++,P++,I();var t={kind:`NamedType`,name:L()};do if(N.charCodeAt(P)===33&&(P++,I(),t={kind:`NonNullType`,type:t}),e){if(N.charCodeAt(P++)!==93)throw F(`NamedType`);I(),t={kind:`ListType`,type:t}}while(e--);return t}function qe(){if(N.charCodeAt(P++)!==123)throw F(`SelectionSet`);return I(),Je()}function Je(){var e=[];do if(N.charCodeAt(P)===46){if(N.charCodeAt(++P)!==46||N.charCodeAt(++P)!==46)throw F(`SelectionSet`);switch(P++,I(),N.charCodeAt(P)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:R(!1),selectionSet:qe()});break;case 111:N.charCodeAt(P+1)===110?(P+=2,I(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:L()},directives:R(!1),selectionSet:qe()})):e.push({kind:`FragmentSpread`,name:L(),directives:R(!1)});break;case 123:P++,I(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:Je()});break;default:e.push({kind:`FragmentSpread`,name:L(),directives:R(!1)})}}else{var t=L(),n=void 0;N.charCodeAt(P)===58&&(P++,I(),n=t,t=L());var r=Ge(!1),i=R(!1),a=void 0;N.charCodeAt(P)===123&&(P++,I(),a=Je()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(N.charCodeAt(P)!==125);return P++,I(),{kind:`SelectionSet`,selections:e}}function Ye(){if(I(),N.charCodeAt(P)===40){var e=[];P++,I();do{var t=void 0;if(N.charCodeAt(P)===34&&(t=We(!0)),N.charCodeAt(P++)!==36)throw F(`Variable`);var n=L();if(N.charCodeAt(P++)!==58)throw F(`VariableDefinition`);I();var r=Ke(),i=void 0;N.charCodeAt(P)===61&&(P++,I(),i=We(!0)),I();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:R(!0)};t&&(a.description=t),e.push(a)}while(N.charCodeAt(P)!==41);return P++,I(),e}}function Xe(e){var t=L();if(N.charCodeAt(P++)!==111||N.charCodeAt(P++)!==110)throw F(`FragmentDefinition`);I();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:L()},directives:R(!1),selectionSet:qe()};return e&&(n.description=e),n}function Ze(){var e=[];do{var t=void 0;if(N.charCodeAt(P)===34&&(t=We(!0)),N.charCodeAt(P)===123){if(t)throw F(`Document`);P++,I(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:Je()})}else{var n=Ve();switch(n){case`fragment`:e.push(Xe(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=N.charCodeAt(P))!==40&&r!==64&&r!==123&&(i=L());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:Ye(),directives:R(!1),selectionSet:qe()};t&&(a.description=t),e.push(a);break;default:throw F(`Document`)}}}while(P<N.length);return e}function Qe(e,t){return N=e.body?e.body:e,P=0,I(),t&&t.noLocation?{kind:`Document`,definitions:Ze()}:{kind:`Document`,definitions:Ze(),loc:{start:0,end:N.length,startToken:void 0,endToken:void 0,source:{body:N,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}function z(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function $e(e){return JSON.stringify(e)}function et(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var B=`
`,V={OperationDefinition(e){var t=``;e.description&&(t+=V.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+z(e.variableDefinitions,`, `,V.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+z(e.directives,` `,V.Directive));var n=V.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=V.StringValue(e.description)+` `),t+=V.Variable(e.variable)+`: `+H(e.type),e.defaultValue&&(t+=` = `+H(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+z(e.directives,` `,V.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=z(e.arguments,`, `,V.Argument);t.length+n.length+2>80?t+=`(`+(B+=`  `)+z(e.arguments,B,V.Argument)+(B=B.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+z(e.directives,` `,V.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+V.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?et(e.value).replace(/\n/g,B):$e(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+z(e.values,`, `,H)+`]`,ObjectValue:e=>`{`+z(e.fields,`, `,V.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+H(e.value),Document(e){return!e.definitions||!e.definitions.length?``:z(e.definitions,`

`,H)},SelectionSet:e=>`{`+(B+=`  `)+z(e.selections,B,H)+(B=B.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+H(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+z(e.directives,` `,V.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+z(e.directives,` `,V.Directive)),t+=` `+V.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=V.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+z(e.directives,` `,V.Directive)),t+` `+V.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+z(e.arguments,`, `,V.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+H(e.type)+`]`,NonNullType:e=>H(e.type)+`!`},H=e=>V[e.kind](e);function tt(e){return B=`
`,V[e.kind]?V[e.kind](e):``}var nt={"X-Walker-CSRF":`1`},U=``,rt=class extends Error{};async function W(e,t,n={}){return fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,...n},body:JSON.stringify(t??{})})}var it=`walker.session`;async function at(e){if(!e.ok)throw new rt(e.status===429?`Too many attempts: wait a moment.`:`Sign-in failed.`);U=(await e.json()).accessToken,localStorage.setItem(it,`1`)}var ot=null;function st(){return ot??=(async()=>{if(!localStorage.getItem(it))return!1;let e=await W(`/auth/refresh`,{},nt);return e.ok?(await at(e),!0):(localStorage.removeItem(it),!1)})().finally(()=>ot=null),ot}async function ct(e,t,n,r){let i=await W(`/auth/register/begin`,{invitation:e,name:t,email:n,passkeyName:r},U?{Authorization:`Bearer ${U}`}:{});if(!i.ok)throw new rt(i.status===400?(await i.json()).errors?.[0]?.message??`Check the form.`:`This invitation link is not valid any more: ask your admin for a new one.`);let a=await i.json(),o=await navigator.credentials.create({publicKey:PublicKeyCredential.parseCreationOptionsFromJSON(a.publicKey)});if(!o)throw new rt(`No passkey was created.`);await at(await W(`/auth/register/finish`,o.toJSON()))}async function lt(e,t=!1){let n=await W(`/auth/login/begin`,{});if(!n.ok)throw new rt(`Sign-in is not available right now.`);let r=await n.json(),i=await navigator.credentials.get({publicKey:PublicKeyCredential.parseRequestOptionsFromJSON(r.publicKey),mediation:t?`conditional`:`optional`,signal:e});if(!i)throw new rt(`No passkey was chosen.`);await at(await W(`/auth/login/finish`,i.toJSON()))}async function ut(e=!1){e&&await W(`/auth/logout-everywhere`,{},{Authorization:`Bearer ${U}`}),await W(`/auth/logout`,{},nt),U=``,localStorage.removeItem(it)}var dt=class extends Error{},ft=class extends Error{code;status;constructor(e,t,n){super(e),this.code=t,this.status=n}};function pt(){try{let{exp:e}=JSON.parse(atob(U.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`)));return e*1e3-Date.now()<6e4}catch{return!0}}async function mt(e,t){for(let n=0;;n++){pt()&&await st().catch(()=>!1);let r;try{r=await W(`/graphql`,{query:e,variables:t},{Authorization:`Bearer ${U}`})}catch{throw new dt(`You are offline.`)}let i=await r.json().catch(()=>null),a=i?.errors?.[0];if(!a){if(r.ok&&i?.data)return i.data;throw r.status>=500||r.status===429?new dt(`The server is busy.`):new ft(`Unexpected answer.`,`INTERNAL`,r.status)}let o=a.extensions?.code??`INTERNAL`;if(o===`UNAUTHENTICATED`&&n===0)U=``;else throw new ft(a.message,o,r.status)}}async function ht(e,t){return await mt(tt(e),t)}var gt=(e,t)=>t.some(t=>e instanceof t),_t,vt;function yt(){return _t||=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction]}function bt(){return vt||=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey]}var xt=new WeakMap,St=new WeakMap,Ct=new WeakMap;function wt(e){let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`success`,i),e.removeEventListener(`error`,a)},i=()=>{t(At(e.result)),r()},a=()=>{n(e.error),r()};e.addEventListener(`success`,i),e.addEventListener(`error`,a)});return Ct.set(t,e),t}function Tt(e){if(xt.has(e))return;let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`complete`,i),e.removeEventListener(`error`,a),e.removeEventListener(`abort`,a)},i=()=>{t(),r()},a=()=>{n(e.error||new DOMException(`AbortError`,`AbortError`)),r()};e.addEventListener(`complete`,i),e.addEventListener(`error`,a),e.addEventListener(`abort`,a)});xt.set(e,t)}var Et={get(e,t,n){if(e instanceof IDBTransaction){if(t===`done`)return xt.get(e);if(t===`store`)return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return At(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t===`done`||t===`store`)||t in e}};function Dt(e){Et=e(Et)}function Ot(e){return bt().includes(e)?function(...t){return e.apply(jt(this),t),At(this.request)}:function(...t){return At(e.apply(jt(this),t))}}function kt(e){return typeof e==`function`?Ot(e):(e instanceof IDBTransaction&&Tt(e),gt(e,yt())?new Proxy(e,Et):e)}function At(e){if(e instanceof IDBRequest)return wt(e);if(St.has(e))return St.get(e);let t=kt(e);return t!==e&&(St.set(e,t),Ct.set(t,e)),t}var jt=e=>Ct.get(e);function Mt(e,t,{blocked:n,upgrade:r,blocking:i,terminated:a}={}){let o=indexedDB.open(e,t),s=At(o);return r&&o.addEventListener(`upgradeneeded`,e=>{r(At(o.result),e.oldVersion,e.newVersion,At(o.transaction),e)}),n&&o.addEventListener(`blocked`,e=>n(e.oldVersion,e.newVersion,e)),s.then(e=>{a&&e.addEventListener(`close`,()=>a()),i&&e.addEventListener(`versionchange`,e=>i(e.oldVersion,e.newVersion,e))}).catch(()=>{}),s}var Nt=[`get`,`getKey`,`getAll`,`getAllKeys`,`count`],Pt=[`put`,`add`,`delete`,`clear`],Ft=new Map;function It(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t==`string`))return;if(Ft.get(t))return Ft.get(t);let n=t.replace(/FromIndex$/,``),r=t!==n,i=Pt.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||Nt.includes(n)))return;let a=async function(e,...t){let a=this.transaction(e,i?`readwrite`:`readonly`),o=a.store;return r&&(o=o.index(t.shift())),(await Promise.all([o[n](...t),i&&a.done]))[0]};return Ft.set(t,a),a}Dt(e=>({...e,get:(t,n,r)=>It(t,n)||e.get(t,n,r),has:(t,n)=>!!It(t,n)||e.has(t,n)}));var Lt=[`continue`,`continuePrimaryKey`,`advance`],Rt={},zt=new WeakMap,Bt=new WeakMap,Vt={get(e,t){if(!Lt.includes(t))return e[t];let n=Rt[t];return n||=Rt[t]=function(...e){zt.set(this,Bt.get(this)[t](...e))},n}};async function*Ht(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,Vt);for(Bt.set(n,t),Ct.set(n,jt(t));t;)yield n,t=await(zt.get(n)||t.continue()),zt.delete(n)}function Ut(e,t){return t===Symbol.asyncIterator&&gt(e,[IDBIndex,IDBObjectStore,IDBCursor])||t===`iterate`&&gt(e,[IDBIndex,IDBObjectStore])}Dt(e=>({...e,get(t,n,r){return Ut(t,n)?Ht:e.get(t,n,r)},has(t,n){return Ut(t,n)||e.has(t,n)}}));var Wt=null,Gt=()=>Mt(`walker-reads`,1,{upgrade(e){e.createObjectStore(`reads`,{keyPath:`key`})}});async function Kt(e,t){let n=tt(e),r=n+`
`+JSON.stringify(t);Wt??=Gt();try{let e=await mt(n,t);return await(await Wt).put(`reads`,{key:r,data:e,at:Date.now()}),{data:e,asOf:null}}catch(e){if(!(e instanceof dt))throw e;let t=await(await Wt).get(`reads`,r);if(!t)throw e;return{data:t.data,asOf:t.at}}}async function qt(){Wt??=Gt(),await(await Wt).clear(`reads`)}function Jt(e){return e instanceof rt?e.message:e instanceof DOMException&&e.name===`NotAllowedError`?`The passkey request was cancelled.`:`Something went wrong. Try again.`}function Yt({token:e,done:t}){let[n,r]=A(!1),[i,a]=A(``),o=new URLSearchParams(location.search).has(`setup`);async function s(n){n.preventDefault();let i=new FormData(n.target);r(!0),a(``);try{await ct(e,String(i.get(`name`)??``),String(i.get(`email`)??``),String(i.get(`passkeyName`)??``)),history.replaceState(null,``,`/`),t()}catch(e){a(Jt(e))}finally{r(!1)}}return M`<h1>Welcome to Walker</h1>
    <p class="muted">You were invited. Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${s} aria-label="Create a passkey">
      <label>Your name <input name="name" autocomplete="name" /></label>
      ${o&&M`<label>Your email <input name="email" type="email" autocomplete="email" required /></label>`}
      <label>Name this passkey <input name="passkeyName" value="This phone" /></label>
      ${i&&M`<p class="error" role="alert">${i}</p>`}
      <button type="submit" disabled=${n}>Create a passkey</button>
    </form>`}function Xt({done:e}){let[t,n]=A(``),[r,i]=A(!1),[a]=A(()=>new AbortController);j(()=>(PublicKeyCredential.isConditionalMediationAvailable?.().then(t=>{t&&lt(a.signal,!0).then(e,()=>{})}),()=>a.abort()),[]);async function o(){a.abort(),i(!0),n(``);try{await lt(),e()}catch(e){n(Jt(e))}finally{i(!1)}}return M`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${t&&M`<p class="error" role="alert">${t}</p>`}
      <button type="button" onClick=${o} disabled=${r}>Sign in with a passkey</button>
    </div>`}var Zt=0,Qt=new Set;function $t(){function e(e,t){var n=Qe(e).definitions,r=new Set;for(var i of t||[])for(var a of i.definitions)a.kind===Ie.FRAGMENT_DEFINITION&&!r.has(a)&&(n.push(a),r.add(a));var o;(o=n[0].kind===Ie.FRAGMENT_DEFINITION)&&n[0].directives&&(n[0].directives=n[0].directives.filter((e=>e.name.value!==`_unmask`)));var s;return{kind:Ie.DOCUMENT,definitions:n,get loc(){if(!s&&o){var n=e+function(e){try{Zt++;var t=``;for(var n of e)if(!Qt.has(n)){Qt.add(n);var{loc:r}=n;r&&(t+=r.source.body)}return t}finally{--Zt==0&&Qt.clear()}}(t||[]);return{start:0,end:n.length,source:{body:n,name:`GraphQLTada`,locationOffset:{line:1,column:1}}}}return s},set loc(e){s=e}}}return e.scalar=function(e,t){return t},e.persisted=function(e,t){return{kind:Ie.DOCUMENT,definitions:t?t.definitions:[],documentId:e}},e}$t();var G=$t(),en=`local:`,tn=e=>en+e,nn=e=>typeof e==`string`&&e.startsWith(en);function rn(e,t=[]){return nn(e)?t.push(e.slice(6)):Array.isArray(e)?e.forEach(e=>rn(e,t)):e&&typeof e==`object`&&Object.values(e).forEach(e=>rn(e,t)),t}function an(e,t){return nn(e)?t.get(e.slice(6)):Array.isArray(e)?e.map(e=>an(e,t)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,an(n,t)])):e}var on=class e{db;replaying=null;again=!1;listeners=new Set;constructor(e){this.db=e}static async open(t=`walker`){let n=await Mt(t,2,{upgrade(e,t){t<1&&e.createObjectStore(`outbox`,{keyPath:`id`}).createIndex(`seq`,`seq`),t<2&&e.createObjectStore(`ids`,{keyPath:`clientID`})}});return new e(n)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.listeners.forEach(e=>e())}async serverID(e){return(await this.db.get(`ids`,e))?.id}async add(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e.id);if(n)return await t.done,n;let r=await t.store.index(`seq`).openCursor(null,`prev`),i={...e,seq:(r?.value.seq??0)+1,status:`waiting`,attempts:0,createdAt:Date.now()};return await t.store.add(i),await t.done,this.changed(),i}async list(){return this.db.getAllFromIndex(`outbox`,`seq`)}async discard(e){await this.db.delete(`outbox`,e),this.changed()}async retry(e,t){let n=await this.db.get(`outbox`,e);n&&(await this.db.put(`outbox`,{...n,status:`waiting`,error:void 0,variables:t??n.variables}),this.changed())}replay(e){return this.replaying?(this.again=!0,this.replaying):(this.replaying=(async()=>{let t=0;do this.again=!1,t+=await this.run(e);while(this.again);return t})().finally(()=>this.replaying=null),this.replaying)}async run(e){let t=0;try{for(let n of await this.list()){if(n.status===`attention`)continue;let r=await this.resolve(n);if(!r)continue;await this.db.put(`outbox`,{...n,status:`sending`,attempts:n.attempts+1}),this.changed();let i;try{i=await e({...n,variables:r})}catch{i={kind:`retry`}}if(i.kind===`stored`){let e=this.db.transaction([`outbox`,`ids`],`readwrite`);i.id&&await e.objectStore(`ids`).put({clientID:n.id,id:i.id}),await e.objectStore(`outbox`).delete(n.id),await e.done,t++;continue}let a=await this.db.get(`outbox`,n.id);if(a){if(i.kind===`refused`)await this.db.put(`outbox`,{...a,status:`attention`,error:i.message});else{await this.db.put(`outbox`,{...a,status:`waiting`});break}}}}finally{this.changed()}return t}async resolve(e){let t=rn(e.variables);if(t.length===0)return e.variables;let n=new Map;for(let r of t){let t=await this.serverID(r);if(t)n.set(r,t);else return await this.db.get(`outbox`,r)||await this.db.put(`outbox`,{...e,status:`attention`,error:`It refers to something that was discarded: change it or discard it.`}),null}return an(e.variables,n)}async recover(){for(let e of await this.list())e.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`});this.changed()}}.open(),K=()=>crypto.randomUUID(),sn=new Set([`UNAUTHENTICATED`,`RATE_LIMITED`,`INTERNAL`]);async function cn(e){try{let t=await mt(e.query,e.variables);return{kind:`stored`,id:Object.values(t)[0]?.id}}catch(e){return e instanceof dt?{kind:`retry`}:e instanceof ft&&!sn.has(e.code)&&e.status<500?{kind:`refused`,message:e.message}:{kind:`retry`}}}var ln=new Set;function un(e){return ln.add(e),()=>ln.delete(e)}async function dn(){let e=await(await on).replay(cn);return e>0&&ln.forEach(e=>e()),e}async function q(e,t,n,r){let i=await(await on).add({id:e,label:t,query:tt(n),variables:r});return dn(),i}var fn=!1;async function pn(){fn||(fn=!0,await(await on).recover(),addEventListener(`online`,()=>void dn()),document.addEventListener(`visibilitychange`,()=>document.visibilityState===`visible`&&void dn()),setInterval(()=>void dn(),3e4),await dn())}function mn(){let[e,t]=A(location.hash);j(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]);let[n,r=``]=e.replace(/^#\/?/,``).split(`?`);return[n.split(`/`).filter(Boolean).map(decodeURIComponent),new URLSearchParams(r)]}var hn=e=>{location.hash=e};function J(e,t){let[n,r]=A({data:null,asOf:null,error:``}),[i,a]=A(0),o=JSON.stringify(t);return j(()=>un(()=>a(e=>e+1)),[]),j(()=>{let n=!0;return Kt(e,t).then(e=>n&&r({data:e.data,asOf:e.asOf,error:``}),e=>n&&r(t=>({...t,error:e instanceof Error?e.message:String(e)}))),()=>{n=!1}},[o,i]),{...n,reload:()=>a(e=>e+1)}}function Y(){let[e,t]=A([]);return j(()=>{let e=()=>{},n=!0;return on.then(r=>{let i=()=>r.list().then(e=>n&&t(e));e=r.subscribe(i),i()}),()=>{n=!1,e()}},[]),e}var X=(e,t)=>e.filter(e=>e.query.includes(` ${t}(`));function gn(){let[e,t]=A(navigator.onLine);return j(()=>{let e=()=>t(navigator.onLine);return addEventListener(`online`,e),addEventListener(`offline`,e),()=>{removeEventListener(`online`,e),removeEventListener(`offline`,e)}},[]),e}var Z=e=>new Date(e).toLocaleDateString(void 0,{day:`numeric`,month:`short`,year:`numeric`}),_n=e=>new Date(e).toLocaleString(void 0,{day:`numeric`,month:`short`,hour:`2-digit`,minute:`2-digit`}),Q=e=>e.charAt(0)+e.slice(1).toLowerCase().replace(/_/g,` `),vn=()=>new Date().toISOString().slice(0,7);function yn({r:e}){return e.error&&!e.data?M`<p class="error" role="alert">${e.error}</p>`:e.data?e.asOf?M`<p class="asof" data-testid="as-of">Offline: as of ${_n(e.asOf)}</p>`:null:M`<p class="muted" aria-live="polite">Loading…</p>`}var bn={waiting:`Waiting`,sending:`Sending`,attention:`Needs attention`},xn=({e})=>M`<span class=${`badge `+e.status}>${bn[e.status]}</span>`,Sn=[[``,`Home`,`⌂`],[`conversations`,`Conversations`,`☰`],[`decisions`,`Decisions`,`◆`],[`champions`,`Champions`,`★`],[`more`,`More`,`…`]];function $({section:e,children:t}){let n=gn(),r=Y(),i=r.length,a=r.filter(e=>e.status===`attention`).length;return M`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${n?`net on`:`net off`} data-testid="network">${n?`Online`:`Offline`}</span>
      <a href="#/pending" class=${a?`sync attention`:`sync`} data-testid="pending">${i===0?`All synced`:`${i} waiting to sync`}${a?` · ${a} to fix`:``}</a>
    </header>
    <div class="screen">${t}</div>
    <nav class="tabs" aria-label="Sections">
      ${Sn.map(([t,n,r])=>M`<a href=${`#/`+t} aria-current=${e===t?`page`:void 0}><span aria-hidden="true">${r}</span>${n}</a>`)}
    </nav>`}var Cn=G(`
  query Customers($where: CustomerWhereInput) {
    customers(first: 100, where: $where, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
      edges { node { id name company segment } }
    }
  }
`),wn=G(`
  query People {
    leaders(first: 100, where: { deactivatedAtIsNil: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name role champion title } }
    }
  }
`),Tn=G(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }
`),En=G(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { id } }
`),Dn=G(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }
`),On=[`VISIT`,`CALL`,`VIDEO`,`FOCUS_GROUP`,`INTERVIEW`,`MYSTERY_SHOP`,`CALL_LISTENING`,`ONLINE_COMMENTS`,`EVENT`],kn=[`VERY_NEGATIVE`,`NEGATIVE`,`NEUTRAL`,`POSITIVE`,`VERY_POSITIVE`],An=e=>new Date(e.getTime()-e.getTimezoneOffset()*6e4).toISOString().slice(0,16);function jn({picked:e,setPicked:t}){let[n,r]=A(``),i=J(Cn,{where:null}),a=J(Cn,{where:n.trim()?{nameContainsFold:n.trim()}:null}),o=Y(),s=n.trim().toLowerCase(),c=new Set,l=[...X(o,`createCustomer`).map(e=>({id:tn(e.id),name:String(e.variables.input.name)})),...[...a.data?.customers.edges??[],...i.data?.customers.edges??[]].flatMap(e=>e?.node?[{id:e.node.id,name:e.node.name+(e.node.company?` (${e.node.company})`:``)}]:[])].filter(t=>!c.has(t.id)&&(c.add(t.id),!0)&&t.name.toLowerCase().includes(s)&&!e.some(e=>e.id===t.id)),u=l.some(e=>e.name.toLowerCase()===s);async function d(){let i=K(),a=n.trim();await q(i,`New customer ${a}`,Tn,{input:{clientID:i,name:a}}),t([...e,{id:tn(i),name:a}]),r(``)}return M`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${e.map(n=>M`<li><button type="button" class="chip on" aria-label=${`Remove `+n.name} onClick=${()=>t(e.filter(e=>e.id!==n.id))}>${n.name} ✕</button></li>`)}
    </ul>
    <label>Find a customer <input type="search" value=${n} onInput=${e=>r(e.target.value)} placeholder="Name" autocomplete="off" /></label>
    <ul class="options" aria-label="Customers found">
      ${l.slice(0,6).map(n=>M`<li><button type="button" class="option" onClick=${()=>(t([...e,n]),r(``))}>${n.name}</button></li>`)}
      ${s&&!u&&M`<li><button type="button" class="option add" onClick=${d}>Add “${n.trim()}” as a new customer</button></li>`}
    </ul>
  </fieldset>`}function Mn({me:e}){let t=J(wn,{}),[n,r]=A([]),[i,a]=A(`VISIT`),[o,s]=A(null),[c,l]=A([]),[u,d]=A(``),[f,p]=A(!1),m=(e,t)=>l(c.map((n,r)=>e===r?{...n,...t}:n));async function h(t){t.preventDefault();let r=new FormData(t.target),a=new Date(String(r.get(`when`)));if(n.length===0)return d(`Choose at least one customer, or add a new one.`);if(isNaN(a.getTime())||a.getTime()>Date.now()+864e5)return d(`When: a date and time, not in the future.`);if(c.some(e=>!e.action.trim()))return d(`Each follow-up needs an action, or remove it.`);p(!0);let s=K(),l=Number(r.get(`duration`));await q(s,`Conversation with ${n.map(e=>e.name).join(`, `)}`,En,{input:{clientID:s,mode:i,occurredAt:a.toISOString(),customerIDs:n.map(e=>e.id),durationMinutes:l>0?l:null,heard:String(r.get(`heard`)??``).trim()||null,painPoints:String(r.get(`painPoints`)??``).trim()||null,sentiment:o}});for(let t of c){let n=K();await q(n,`Follow-up: ${t.action.trim()}`,Dn,{input:{clientID:n,action:t.action.trim(),ownerID:t.owner||e,dueOn:t.due?new Date(t.due+`T12:00:00Z`).toISOString():null,conversationID:tn(s)}})}hn(`/conversations?saved=1`)}return M`<${$} section="">
    <h1>Log a conversation</h1>
    <form onSubmit=${h} aria-label="Log a conversation" novalidate>
      <${jn} picked=${n} setPicked=${r} />
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${On.map(e=>M`<button type="button" role="radio" aria-checked=${i===e} class=${i===e?`chip on`:`chip`} onClick=${()=>a(e)}>${Q(e)}</button>`)}
        </div>
      </fieldset>
      <div class="row">
        <label>When <input name="when" type="datetime-local" value=${An(new Date)} required /></label>
        <label>Minutes <input name="duration" type="number" min="1" max="1440" inputmode="numeric" /></label>
      </div>
      <label>What we heard <textarea name="heard" rows="3" maxlength="10000"></textarea></label>
      <label>Pain points <textarea name="painPoints" rows="2" maxlength="10000"></textarea></label>
      <fieldset><legend>How did the customer feel?</legend>
        <div class="chips" role="radiogroup" aria-label="Sentiment">
          ${kn.map(e=>M`<button type="button" role="radio" aria-checked=${o===e} class=${o===e?`chip on`:`chip`} onClick=${()=>s(o===e?null:e)}>${Q(e)}</button>`)}
        </div>
      </fieldset>
      <fieldset><legend>Follow-ups</legend>
        ${c.map((n,r)=>M`<div class="followup">
          <label>Action <input value=${n.action} onInput=${e=>m(r,{action:e.target.value})} /></label>
          <div class="row">
            <label>Owner <select value=${n.owner||e} onChange=${e=>m(r,{owner:e.target.value})}>
              ${(t.data?.leaders.edges??[]).map(e=>e?.node&&M`<option value=${e.node.id}>${e.node.name}</option>`)}
              ${!t.data&&M`<option value=${e}>Me</option>`}
            </select></label>
            <label>Due <input type="date" value=${n.due} onInput=${e=>m(r,{due:e.target.value})} /></label>
          </div>
          <button type="button" class="link" onClick=${()=>l(c.filter((e,t)=>t!==r))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>l([...c,{action:``,owner:e,due:``}])}>Add a follow-up</button>
      </fieldset>
      ${u&&M`<p class="error" role="alert">${u}</p>`}
      <button type="submit" class="big" disabled=${f}>Save</button>
    </form>
  </${$}>`}var Nn=G(`
  query Nominations {
    champions: leaders(first: 100, where: { champion: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name title } }
    }
    nominations(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id story status createdAt nominee { id name } nominator { id name } customer { name }
        endorsements(first: 20) { totalCount edges { node { endorser { id name } comment } } } } }
    }
  }
`),Pn=G(`
  query NominationEvidence {
    conversations(first: 20, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      edges { node { id occurredAt leader { name } customers(first: 3) { edges { node { name } } } } }
    }
  }
`),Fn=G(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { id } }
`),In=G(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { id } }
`),Ln=G(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { id } }
`),Rn=G(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { id } }
`);function zn({me:e,admin:t}){let n=J(Nn,{}),r=Y(),i=[...X(r,`createNomination`),...X(r,`createEndorsement`),...X(r,`approveNomination`),...X(r,`declineNomination`)],a=e=>i.some(t=>t.variables.id===e||t.variables.input?.nominationID===e);async function o(e,t){let n=document.getElementById(`why-`+e)?.value.trim(),r=K();await q(r,`Endorsement of ${t}`,In,{input:{clientID:r,nominationID:e,comment:n||null}})}async function s(e,t,n){n?await q(K(),`Approve ${t}`,Ln,{id:e,note:null}):await q(K(),`Decline ${t}`,Rn,{id:e,note:null})}let c=n.data?.nominations.edges?.filter(e=>e?.node?.status===`OPEN`)??[];return M`<${$} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${i.length>0&&M`<ul class="list" aria-label="Waiting to sync">${i.map(e=>M`<li class="pending">${e.label} <${xn} e=${e} /></li>`)}</ul>`}
    <${yn} r=${n} />
    ${n.data&&M`
      <h2>Open nominations</h2>
      ${c.length===0&&M`<p class="muted">None open.</p>`}
      <ul class="list">
        ${c.map(n=>{let r=n.node,i=r.nominee.id===e||r.nominator.id===e,c=r.endorsements.edges?.some(t=>t?.node?.endorser.id===e);return M`<li class="nomination" data-testid="nomination">
            <strong>${r.nominee.name}</strong> <span class="muted">nominated by ${r.nominator.name}, ${Z(r.createdAt)}</span>
            <p>${r.story}${r.customer?M` <span class="muted">(for ${r.customer.name})</span>`:``}</p>
            <p class="muted">${r.endorsements.totalCount} endorsement(s)${r.endorsements.edges?.length?`: `+r.endorsements.edges.map(e=>e?.node?.endorser.name).join(`, `):``}</p>
            <div class="actions">
              ${!i&&!c&&!a(r.id)&&M`<label>Why you endorse (optional) <input id=${`why-`+r.id} /></label><button type="button" class="secondary" onClick=${()=>o(r.id,r.nominee.name)}>Endorse ${r.nominee.name}</button>`}
              ${t&&!a(r.id)&&M`<button type="button" onClick=${()=>s(r.id,r.nominee.name,!0)}>Approve</button>
                <button type="button" class="secondary" onClick=${()=>s(r.id,r.nominee.name,!1)}>Decline</button>`}
            </div>
          </li>`})}
      </ul>
      <h2>Champions</h2>
      ${(n.data.champions.edges?.length??0)===0&&M`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`}
      <ul class="list" data-testid="champions">
        ${n.data.champions.edges?.map(e=>e?.node&&M`<li>★ <strong>${e.node.name}</strong>${e.node.title?M` <span class="muted">${e.node.title}</span>`:``}</li>`)}
      </ul>`}
  </${$}>`}function Bn({me:e}){let t=J(wn,{}),n=J(Cn,{where:null}),r=J(Pn,{}),[i,a]=A(``);async function o(e){e.preventDefault();let n=new FormData(e.target),r=String(n.get(`nominee`)??``),i=String(n.get(`story`)??``).trim();if(!r)return a(`Choose whom you nominate.`);if(i.length<10)return a(`Say what they did for the customer (at least a sentence).`);let o=t.data?.leaders.edges?.find(e=>e?.node?.id===r)?.node?.name??`a peer`,s=K();await q(s,`Nomination of ${o}`,Fn,{input:{clientID:s,nomineeID:r,story:i,customerID:String(n.get(`customer`)||``)||null,conversationID:String(n.get(`conversation`)||``)||null}}),hn(`/champions`)}return M`<${$} section="champions">
    <h1>Nominate a champion</h1>
    <form onSubmit=${o} aria-label="Nominate a champion" novalidate>
      <label>Who <select name="nominee" required>
        <option value="">Choose a person</option>
        ${t.data?.leaders.edges?.map(t=>t?.node&&t.node.id!==e&&M`<option value=${t.node.id}>${t.node.name}</option>`)}
      </select></label>
      <label>What they did <textarea name="story" rows="4" required></textarea></label>
      <label>For which customer (optional) <select name="customer">
        <option value="">—</option>
        ${n.data?.customers.edges?.map(e=>e?.node&&M`<option value=${e.node.id}>${e.node.name}</option>`)}
      </select></label>
      <label>Evidence: a conversation (optional) <select name="conversation">
        <option value="">—</option>
        ${r.data?.conversations.edges?.map(e=>e?.node&&M`<option value=${e.node.id}>${e.node.customers.edges?.map(e=>e?.node?.name).join(`, `)} · ${e.node.leader.name} · ${Z(e.node.occurredAt)}</option>`)}
      </select></label>
      ${i&&M`<p class="error" role="alert">${i}</p>`}
      <button type="submit" class="big">Nominate</button>
    </form>
  </${$}>`}var Vn=G(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period }
      }
    }
    organization { name }
  }
`),Hn=G(`
  query OpenNominations {
    nominations(first: 20, where: { status: OPEN }, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      totalCount
      edges { node { id story nominee { name } nominator { name } endorsements { totalCount } } }
    }
  }
`),Un={CUSTOMERS_MET:`Customers met`,DAYS_WITH_CUSTOMERS:`Days with customers`,MINUTES_WITH_CUSTOMERS:`Minutes with customers`,DECISIONS_WITH_BENEFIT:`Decisions with a customer benefit`,CLV_DECISIONS:`Decisions with a CLV impact`,FEEDBACK_REVIEWS:`Feedback reviews`,ONLINE_COMMENTS:`Online comments answered`,CALL_LISTENING:`Calls listened to`,RECOGNITIONS:`Champions recognised`,NEW_INITIATIVES:`New initiatives`,FOLLOW_UPS_ON_TIME:`Follow-ups on time (%)`};function Wn(){let e=J(Hn,{}).data?.nominations;return!e||e.totalCount===0?null:M`<section class="card" aria-label="Nominations waiting for you">
    <h2>${e.totalCount} nomination${e.totalCount===1?``:`s`} waiting for you</h2>
    <ul class="list">
      ${e.edges?.map(e=>e?.node&&M`<li><a href="#/champions"><strong>${e.node.nominee.name}</strong>, by ${e.node.nominator.name} · ${e.node.endorsements.totalCount} endorsement(s)</a></li>`)}
    </ul>
  </section>`}function Gn({month:e}){let t=J(Vn,{p:e}),n=Y(),r=t.data?.viewer,i=r?.month,a=X(n,`createConversation`).length;return M`<${$} section="">
    <${yn} r=${t} />
    ${r&&i&&M`
      <h1>Hello, ${r.name}</h1>
      <p class="muted">${t.data?.organization.name} · ${r.role.toLowerCase()}${r.champion?` · ★ champion`:``}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${i.commitments.length===0?`Make a commitment to see whether you walk the talk.`:i.walker?`Walker: you meet every commitment.`:`Not yet a walker this month.`}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${i.customersMet}</strong> customers met${a?M` <span class="muted">(+${a} conversation${a===1?``:`s`} waiting to sync)</span>`:``}</li>
          <li><strong>${i.daysWithCustomers}</strong> days with customers</li>
          <li><strong>${i.decisionsWithCustomerBenefit}</strong> decisions with a customer benefit</li>
          <li data-testid="streak"><strong>${r.weekStreak}</strong> week${r.weekStreak===1?``:`s`} in a row with customers</li>
        </ul>
        ${i.commitments.length>0&&M`<ul class="commitments">
          ${i.commitments.map(e=>M`<li class=${e.met?`met`:`short`}>${Un[e.behaviour]}: ${e.actual} of ${e.target}${e.period===`QUARTER`?` this quarter`:``}</li>`)}
        </ul>`}
        <a href="#/commitments">${i.commitments.length?`Change my commitments`:`Make a commitment`}</a>
      </section>
      ${r.role===`ADMIN`&&M`<${Wn} />`}`}
  </${$}>`}var Kn=G(`
  query MyCommitments {
    viewer { id commitments(first: 20) { edges { node { id behaviour target period } } } }
  }
`),qn=G(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }
`),Jn=G(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $input) { id } }
`),Yn={CUSTOMERS_MET:5,DAYS_WITH_CUSTOMERS:2,FOLLOW_UPS_ON_TIME:90,MINUTES_WITH_CUSTOMERS:240};function Xn(){let e=J(Kn,{}),t=Y(),n=[...X(t,`createCommitment`),...X(t,`updateCommitment`)],[r,i]=A(``),a=e.data?.viewer.commitments.edges?.flatMap(e=>e?.node?[e.node]:[])??[],o=Object.keys(Un).filter(e=>!a.some(t=>t.behaviour===e)&&!n.some(t=>t.variables.input.behaviour===e));function s(e,t){let n=Number(e);return!Number.isInteger(n)||n<1||t===`FOLLOW_UPS_ON_TIME`&&n>100||n>1e4?(i(t===`FOLLOW_UPS_ON_TIME`?`Target: a percentage from 1 to 100.`:`Target: a whole number from 1 to 10,000.`),null):(i(``),n)}async function c(e){e.preventDefault();let t=new FormData(e.target),n=String(t.get(`behaviour`)),r=s(t.get(`target`),n);r!==null&&(await q(K(),`Commitment: ${Un[n]} ${r}`,qn,{input:{behaviour:n,target:r,period:String(t.get(`period`))}}),e.target.reset())}async function l(e,t,n){e.preventDefault();let r=new FormData(e.target),i=s(r.get(`target`),n);i!==null&&await q(K(),`Commitment: ${Un[n]} ${i}`,Jn,{id:t,input:{target:i,period:String(r.get(`period`))}})}let u=e=>M`<label>Per <select name="period" value=${e}><option value="MONTH">Month</option><option value="QUARTER">Quarter</option></select></label>`;return M`<${$} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${yn} r=${e} />
    ${n.length>0&&M`<ul class="list">${n.map(e=>M`<li class="pending">${e.label} <${xn} e=${e} /></li>`)}</ul>`}
    ${a.map(e=>M`<form class="card" aria-label=${Un[e.behaviour]} onSubmit=${t=>l(t,e.id,e.behaviour)}>
      <h2>${Un[e.behaviour]}</h2>
      <div class="row"><label>Target <input name="target" type="number" inputmode="numeric" min="1" value=${e.target} /></label>${u(e.period)}</div>
      <button type="submit" class="secondary">Update</button>
    </form>`)}
    ${o.length>0&&M`<form class="card" onSubmit=${c} aria-label="New commitment">
      <h2>Commit to more</h2>
      <label>Behaviour <select name="behaviour">${o.map(e=>M`<option value=${e}>${Un[e]}</option>`)}</select></label>
      <div class="row"><label>Target <input name="target" type="number" inputmode="numeric" min="1" value=${Yn[o[0]]??1} /></label>${u(`MONTH`)}</div>
      <button type="submit">Commit</button>
    </form>`}
    ${r&&M`<p class="error" role="alert">${r}</p>`}
  </${$}>`}var Zn=G(`
  query Conversations($where: ConversationWhereInput) {
    conversations(first: 50, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { edges { node { name } } } } }
    }
  }
`),Qn=G(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 20) { edges { node { id name company segment } } }
        followUps(first: 50) { edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`),$n=G(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { id } }
`);function er({me:e,admin:t,saved:n}){let[r,i]=A(!1),[a,o]=A(``),s={};r||(s.hasLeaderWith=[{id:e}]),a.trim()&&(s.or=[{heardContainsFold:a.trim()},{painPointsContainsFold:a.trim()},{hasCustomersWith:[{nameContainsFold:a.trim()}]}]);let c=J(Zn,{where:s}),l=X(Y(),`createConversation`);return M`<${$} section="conversations">
    <h1>Conversations</h1>
    ${n&&M`<p class="notice" role="status">Saved${l.length?`: it is sent as soon as Walker can reach the server.`:`.`}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${a} onInput=${e=>o(e.target.value)} placeholder="Customer, what we heard, pain points" /></label>
    ${t&&M`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!r} class=${r?`chip`:`chip on`} onClick=${()=>i(!1)}>Mine</button>
      <button type="button" role="radio" aria-checked=${r} class=${r?`chip on`:`chip`} onClick=${()=>i(!0)}>Everyone's</button>
    </div>`}
    ${l.length>0&&M`<ul class="list" aria-label="Waiting to sync">
      ${l.map(e=>M`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${xn} e=${e} /></li>`)}
    </ul>`}
    <${yn} r=${c} />
    ${c.data&&M`<p class="muted">${c.data.conversations.totalCount} conversation(s)</p>
      <ul class="list">
        ${c.data.conversations.edges?.map(e=>e?.node&&M`<li><a href=${`#/conversations/`+e.node.id}>
          <strong>${e.node.customers.edges?.map(e=>e?.node?.name).join(`, `)}</strong>
          <span class="muted"> · ${Q(e.node.mode)} · ${Z(e.node.occurredAt)}${r?` · `+e.node.leader.name:``}</span>
          ${e.node.heard&&M`<br /><span class="clip">${e.node.heard}</span>`}
        </a></li>`)}
      </ul>`}
  </${$}>`}function tr({id:e}){let t=J(Qn,{id:e}),n=X(Y(),`setFollowUpDone`),r=t.data?.node&&`mode`in t.data.node?t.data.node:null;async function i(e,t,n){await q(K(),`${t?`Done`:`Not done`}: ${n}`,$n,{id:e,done:t})}return M`<${$} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${yn} r=${t} />
    ${r&&M`<h1>${r.customers.edges?.map(e=>e?.node?.name).join(`, `)}</h1>
      <p class="muted">${Q(r.mode)} · ${_n(r.occurredAt)}${r.durationMinutes?` · ${r.durationMinutes} min`:``} · ${r.leader.name}${r.sentiment?` · `+Q(r.sentiment):``}</p>
      ${r.heard&&M`<h2>What we heard</h2><p class="text">${r.heard}</p>`}
      ${r.painPoints&&M`<h2>Pain points</h2><p class="text">${r.painPoints}</p>`}
      <h2>Follow-ups</h2>
      ${(r.followUps.edges?.length??0)===0&&M`<p class="muted">None.</p>`}
      <ul class="list">
        ${r.followUps.edges?.map(e=>{let t=e?.node;if(!t)return null;let r=n.filter(e=>e.variables.id===t.id).at(-1),a=r?!!r.variables.done:!!t.doneAt;return M`<li><label class="check"><input type="checkbox" checked=${a} onChange=${()=>i(t.id,!a,t.action)} />
            <span>${t.action} <span class="muted">· ${t.owner.name}${t.dueOn?` · due `+Z(t.dueOn):``}</span></span></label>
            ${r&&M`<${xn} e=${r} />`}</li>`})}
      </ul>`}
  </${$}>`}var nr={_comment:`The customer-benefit rule, shared: the server (validate.go) embeds it and the app (pwa/src/benefit.ts) imports it, so both refuse the same answers with the same message. Both test suites run the examples.`,minLength:15,minLetters:10,minDistinctLetters:5,message:`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`,placeholders:`.asabove.ditto.fillinlater.idk.later.loremipsum.loremipsumdolorsitamet.na.nil.nobenefit.nobenefitforthecustomer.nocomment.noimpact.none.nonefornow.notapplicable.nothing.nothingatall.nothingreally.notrelevant.notsure.null.same.sameasabove.seeabove.seebelow.tba.tbc.tbd.test.testing.tobeconfirmed.tobedefined.tobedetermined.todo.unknown.whatever.willaddlater.xxx`.split(`.`),examples:{accepted:[`Refunds arrive in 2 days instead of 10`,`Faster refunds!`,`  Shorter queues at the counter  `,`Kunden erhalten Rückerstattungen schneller`,`Same-day delivery for all orders in town`],refused:[``,`     `,`Faster refund!`,`n/a`,`N/A                      `,`TBD.`,`Same as above.`,`Not Applicable!!!`,`N.O.T.H.I.N.G.    `,`----------------`,`aaaaaaaaaaaaaaaaaaaa`,`abababababababababab`,`1234567890123456`,`Lorem ipsum dolor sit amet`,`No benefit for the customer`]}},rr=new Set(nr.placeholders);function ir(e){let t=e.trim();if([...t].length<nr.minLength)return nr.message;let n=t.toLowerCase(),r=[...n].filter(e=>/[\p{L}\p{Nd}]/u.test(e)).join(``),i=[...n].filter(e=>/\p{L}/u.test(e));return rr.has(r)||i.length<nr.minLetters||new Set(i).size<nr.minDistinctLetters?nr.message:``}nr.examples;var ar=[`PROPOSED`,`DECIDED`,`IMPLEMENTED`,`REVERSED`],or=G(`
  query Decisions($where: DecisionWhereInput) {
    decisions(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      edges { node { id title customerBenefit status clvImpact decidedAt owner { id name } evidence(first: 5) { totalCount } } }
    }
  }
`),sr=G(`
  query EvidenceChoices($me: ID!) {
    conversations(first: 20, where: { hasLeaderWith: [{ id: $me }] }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      edges { node { id occurredAt customers(first: 3) { edges { node { name } } } } }
    }
  }
`),cr=G(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { id } }
`),lr=G(`
  mutation SetDecisionStatus($id: ID!, $input: UpdateDecisionInput!) { updateDecision(id: $id, input: $input) { id } }
`);function ur({me:e,admin:t}){let[n,r]=A(``),i=J(or,{where:n?{status:n}:null}),a=Y(),o=X(a,`createDecision`),s=X(a,`updateDecision`);async function c(e,t,n){await q(K(),`${t}: ${Q(n).toLowerCase()}`,lr,{id:e,input:{status:n,decidedAt:n===`DECIDED`?new Date().toISOString():void 0}})}return M`<${$} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${[``,...ar].map(e=>M`<button type="button" role="radio" aria-checked=${n===e} class=${n===e?`chip on`:`chip`} onClick=${()=>r(e)}>${e?Q(e):`All`}</button>`)}
    </div>
    ${o.length>0&&M`<ul class="list" aria-label="Waiting to sync">${o.map(e=>M`<li class="pending" data-testid="pending-decision">${e.label} <${xn} e=${e} /></li>`)}</ul>`}
    <${yn} r=${i} />
    <ul class="list">
      ${i.data?.decisions.edges?.map(n=>{let r=n?.node;if(!r)return null;let i=s.filter(e=>e.variables.id===r.id).at(-1),a=i?i.variables.input.status:r.status,o=r.owner.id===e||t;return M`<li class="decision">
          <strong>${r.title}</strong> <span class=${`status `+a.toLowerCase()}>${Q(a)}</span> ${i&&M`<${xn} e=${i} />`}
          <p><span class="muted">For the customer:</span> ${r.customerBenefit}</p>
          <p class="muted">${r.owner.name}${r.decidedAt?` · decided `+Z(r.decidedAt):``}${r.clvImpact==null?``:` · CLV ${r.clvImpact>0?`+`:``}${r.clvImpact}`} · ${r.evidence.totalCount} conversation(s) as evidence</p>
          ${o&&M`<label>Status <select value=${a} onChange=${e=>c(r.id,r.title,e.target.value)}>
            ${ar.map(e=>M`<option value=${e}>${Q(e)}</option>`)}
          </select></label>`}
        </li>`})}
    </ul>
  </${$}>`}function dr({me:e}){let t=J(sr,{me:e}),[n,r]=A(``),[i,a]=A(!1),[o,s]=A(``),[c,l]=A([]),u=ir(n);async function d(e){e.preventDefault(),a(!0);let t=new FormData(e.target),r=String(t.get(`title`)??``).trim();if(!r)return s(`Give the decision a title.`);if(u)return s(`What's in it for the customer: `+u+`.`);let i=String(t.get(`clv`)??``).trim();if(i&&!Number.isFinite(Number(i)))return s(`CLV impact: a number, e.g. 12000 or -500.`);let o=String(t.get(`status`)),l=K();await q(l,`Decision: ${r}`,cr,{input:{clientID:l,title:r,customerBenefit:n.trim(),context:String(t.get(`context`)??``).trim()||null,clvImpact:i?Number(i):null,status:o,decidedAt:o===`PROPOSED`?null:new Date().toISOString(),evidenceIDs:c}}),hn(`/decisions`)}return M`<${$} section="decisions">
    <h1>Record a decision</h1>
    <form onSubmit=${d} aria-label="Record a decision" novalidate>
      <label>Title <input name="title" required maxlength="200" /></label>
      <label>What's in it for the customer? (required)
        <textarea name="customerBenefit" rows="3" required aria-invalid=${i&&u?`true`:`false`} aria-describedby="benefit-help"
          onInput=${e=>r(e.target.value)} onBlur=${()=>a(!0)}></textarea>
      </label>
      <p id="benefit-help" class=${i&&u?`error`:`muted`}>${i&&u?u:`Say what the customer gains, in their terms.`}</p>
      <label>Context <textarea name="context" rows="2"></textarea></label>
      <div class="row">
        <label>CLV impact <input name="clv" inputmode="decimal" placeholder="e.g. 12000" /></label>
        <label>Status <select name="status">${ar.slice(0,2).map(e=>M`<option value=${e}>${Q(e)}</option>`)}</select></label>
      </div>
      <fieldset><legend>Evidence: conversations</legend>
        ${t.data?.conversations.edges?.map(e=>e?.node&&M`<label class="check"><input type="checkbox" checked=${c.includes(e.node.id)}
          onChange=${t=>{let n=e.node.id;l(t.target.checked?[...c,n]:c.filter(e=>e!==n))}} />
          <span>${e.node.customers.edges?.map(e=>e?.node?.name).join(`, `)} <span class="muted">· ${Z(e.node.occurredAt)}</span></span></label>`)}
        ${t.data&&(t.data.conversations.edges?.length??0)===0&&M`<p class="muted">No conversations logged yet.</p>`}
      </fieldset>
      ${o&&M`<p class="error" role="alert">${o}</p>`}
      <button type="submit" class="big">Save the decision</button>
    </form>
  </${$}>`}function fr({e,done:t}){let n=e.variables.input??{},r=Object.entries(n).filter(([e,t])=>typeof t==`string`&&!nn(t)&&e!==`clientID`&&!e.endsWith(`At`)&&!e.endsWith(`On`));async function i(i){i.preventDefault();let a=new FormData(i.target),o={...n};for(let[e]of r)o[e]=String(a.get(e)??``);await(await on).retry(e.id,{...e.variables,input:o}),t(),dn()}return M`<form onSubmit=${i} aria-label=${`Fix `+e.label}>
    ${r.map(([e,t])=>M`<label>${e.replace(/([A-Z])/g,` $1`).toLowerCase()} <textarea name=${e} rows="2">${String(t)}</textarea></label>`)}
    <button type="submit">Send again</button>
  </form>`}function pr(){let e=Y(),[t,n]=A(``),r=async e=>confirm(`Discard “${e.label}”? It will not be saved.`)&&await(await on).discard(e.id);return M`<${$} section="">
    <h1>Waiting to sync</h1>
    ${e.length===0?M`<p data-testid="all-synced">Everything you did is on the server.</p>`:M`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${()=>dn()}>Sync now</button>
    <ul class="list">
      ${e.map(e=>M`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${xn} e=${e} />
        <br /><span class="muted">${_n(e.createdAt)}${e.attempts?` · ${e.attempts} attempt(s)`:``}</span>
        ${e.error&&M`<p class="error">${e.error}</p>`}
        ${e.status===`attention`&&M`<div class="actions">
          <button type="button" class="secondary" onClick=${()=>n(t===e.id?``:e.id)}>Fix</button>
          <button type="button" class="link" onClick=${()=>r(e)}>Discard</button>
        </div>`}
        ${t===e.id&&M`<${fr} e=${e} done=${()=>n(``)} />`}
      </li>`)}
    </ul>
  </${$}>`}function mr({admin:e}){return M`<${$} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/commitments">My commitments</a></li>
      ${e&&M`<li><a href="#/team">Team dashboard</a></li>`}
      ${e&&M`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${e?`: passkeys, people, invitations, API tokens`:`: passkeys, sign out`}</a></li>
    </ul>
  </${$}>`}var hr=G(`
  query Passkeys { viewer { id passkeys(first: 20) { edges { node { id name createdAt lastUsedAt synced } } } } }
`),gr=G(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`),_r=G(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`),vr=G(`
  query Admin {
    leaders(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { edges { node { id name email role deactivatedAt } } }
    invitations(first: 50, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id email role expiresAt } }
    }
    apiTokens(first: 50, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id name prefix scope expiresAt lastUsedAt } }
    }
  }
`),yr=G(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`),br=G(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`),xr=G(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`),Sr=G(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`),Cr=G(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);function wr(e){let[t,n]=A(``);return[t,async(t,r=`Done.`)=>{try{await t(),n(r),e()}catch(e){n(e instanceof Error?e.message:String(e))}}]}function Tr({me:e}){let t=J(vr,{}),[n,r]=wr(t.reload),[i,a]=A(null),o=e=>(e.preventDefault(),new FormData(e.target));async function s(e){let t=o(e);await r(async()=>{let e=await ht(yr,{input:{email:String(t.get(`email`)),role:String(t.get(`role`))}});a({kind:`Invitation link (send it to them; valid 7 days, once)`,value:e.createInvitation.url})},`Invitation created.`)}async function c(e){let t=o(e);await r(async()=>{let e=await ht(Sr,{input:{name:String(t.get(`name`)),scope:String(t.get(`scope`)),expiresInDays:Number(t.get(`days`))}});a({kind:`API token (shown only now: copy it)`,value:e.createAPIToken.token})},`Token created.`)}return M`<section class="card" aria-label="People">
      <h2>People</h2>
      <ul class="list">${t.data?.leaders.edges?.map(t=>t?.node&&M`<li>${t.node.name} <span class="muted">${t.node.email} · ${Q(t.node.role)}${t.node.deactivatedAt?` · no access`:``}</span>
        ${!t.node.deactivatedAt&&t.node.id!==e&&M` <button type="button" class="link" onClick=${()=>confirm(`Revoke ${t.node.name}'s access now?`)&&r(()=>ht(xr,{id:t.node.id}),`Access revoked.`)}>Revoke access</button>`}</li>`)}</ul>
    </section>
    <form class="card" aria-label="Invite a person" onSubmit=${s}>
      <h2>Invite a person</h2>
      <label>Email <input name="email" type="email" required autocomplete="off" /></label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      <button type="submit">Create invitation link</button>
      <ul class="list">${t.data?.invitations.edges?.map(e=>e?.node&&M`<li>${e.node.email??`setup link`} <span class="muted">${Q(e.node.role)} · until ${Z(e.node.expiresAt)}</span>
        <button type="button" class="link" onClick=${()=>r(()=>ht(br,{id:e.node.id}),`Invitation revoked.`)}>Revoke</button></li>`)}</ul>
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${c}>
      <h2>Integrator API tokens</h2>
      <label>Name <input name="name" required placeholder="e.g. BI export" /></label>
      <div class="row">
        <label>Scope <select name="scope"><option value="READ">Read</option><option value="READ_WRITE">Read and write</option></select></label>
        <label>Days valid <input name="days" type="number" min="1" max="730" value="90" /></label>
      </div>
      <button type="submit">Create token</button>
      <ul class="list">${t.data?.apiTokens.edges?.map(e=>e?.node&&M`<li>${e.node.name} <span class="muted">${e.node.prefix}… · ${Q(e.node.scope)}${e.node.expiresAt?` · until `+Z(e.node.expiresAt):``}${e.node.lastUsedAt?` · used `+Z(e.node.lastUsedAt):``}</span>
        <button type="button" class="link" onClick=${()=>r(()=>ht(Cr,{id:e.node.id}),`Token revoked.`)}>Revoke</button></li>`)}</ul>
    </form>
    ${i&&M`<div class="card secret" role="status"><strong>${i.kind}</strong><code data-testid="secret">${i.value}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(i.value)}>Copy</button></div>`}
    ${n&&M`<p role="status">${n}</p>`}`}function Er({me:e,admin:t,email:n,org:r,signOut:i}){let a=J(hr,{}),[o,s]=wr(a.reload),c=a.data?.viewer.passkeys.edges??[];return M`<${$} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${r}</strong> as ${n}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${yn} r=${a} />
      <ul class="list">${c.map(e=>e?.node&&M`<li>
        <form class="inline" onSubmit=${t=>{t.preventDefault();let n=String(new FormData(t.target).get(`name`));s(()=>ht(gr,{id:e.node.id,name:n}),`Passkey renamed.`)}}>
          <label>Name <input name="name" value=${e.node.name} /></label>
          <span class="muted">${e.node.synced?`Synced`:`This device only`} · added ${Z(e.node.createdAt)}${e.node.lastUsedAt?` · used `+Z(e.node.lastUsedAt):``}</span>
          <div class="actions"><button type="submit" class="secondary">Rename</button>
          ${c.length>1&&M`<button type="button" class="link" onClick=${()=>confirm(`Delete this passkey?`)&&s(()=>ht(_r,{id:e.node.id}),`Passkey deleted.`)}>Delete</button>`}</div>
        </form></li>`)}</ul>
      <button type="button" class="secondary" onClick=${()=>s(()=>ct(``,``,``,`Another device`),`Passkey added.`)}>Add a passkey</button>
      ${o&&M`<p role="status">${o}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${()=>i(!1)}>Sign out</button>
      <button type="button" class="secondary" onClick=${()=>i(!0)}>Sign out everywhere</button>
    </div>
    ${t&&M`<${Tr} me=${e} />`}
  </${$}>`}var Dr=G(`
  query Team($p: String!) {
    dashboard(period: $p) {
      leaders walkers notYetWalkers withoutCommitments customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
    leaders(first: 100, where: { deactivatedAtIsNil: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`),Or=G(`
  query FeedbackReview($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id occurredAt mode heard painPoints sentiment leader { name }
        customers(first: 10) { edges { node { id name segment company } } } } }
    }
    followUps(first: 100, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);function kr({series:e}){let t=Math.max(1,...e.map(e=>e.count));return M`<figure class="chart">
    <svg viewBox=${`0 0 ${e.length*24} 110`} role="img" aria-label="Customers met per month, last 12 months" preserveAspectRatio="none">
      ${e.map((e,n)=>{let r=e.count/t*90;return M`<rect x=${n*24+3} y=${95-r} width=${18} height=${r} rx="2"><title>${e.period}: ${e.count}</title></rect>
          <text x=${n*24+12} y="108" text-anchor="middle">${e.period.slice(5)}</text>`})}
    </svg>
    <table class="sr-only"><caption>Customers met per month</caption>
      <tbody>${e.map(e=>M`<tr><th scope="row">${e.period}</th><td>${e.count}</td></tr>`)}</tbody></table>
  </figure>`}function Ar(){let[e,t]=A(vn()),n=J(Dr,{p:e}),r=n.data?.dashboard;return M`<${$} section="more">
    <h1>Team</h1>
    <label>Month <input type="month" value=${e} onInput=${e=>e.target.value&&t(e.target.value)} /></label>
    <${yn} r=${n} />
    ${r&&M`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${r.walkers}</strong> walkers</li>
          <li><strong>${r.notYetWalkers}</strong> not yet</li>
          <li><strong>${r.withoutCommitments}</strong> without commitments</li>
          <li data-testid="team-customers"><strong>${r.customersMet}</strong> customers met in ${r.conversations} conversations</li>
          <li><strong>${r.openFollowUps}</strong> open follow-ups, <strong>${r.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${r.champions}</strong> champions, ${r.openNominations} open nomination(s)</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${kr} series=${r.customersMetByMonth} /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${r.decisionsByStatus.map(e=>M`<li><strong>${e.count}</strong> ${Q(e.status).toLowerCase()}</li>`)}</ul>
      </section>
      <section class="card"><h2>Per leader</h2>
        <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
          <tbody>${n.data?.leaders.edges?.map(e=>{let t=e?.node;if(!t)return null;let n=t.month.commitments.filter(e=>e.met).length;return M`<tr><td>${t.name}</td><td>${t.month.customersMet}</td><td>${t.month.commitments.length===0?`none`:`${n} of ${t.month.commitments.length}${t.month.walker?` · walker`:``}`}</td></tr>`})}</tbody></table>
      </section>
      <a class="button big" href=${`#/team/review?p=`+e}>Monthly feedback review</a>`}
  </${$}>`}function jr({p:e}){let[t,n]=A({convs:[],total:0,follow:null,asOf:null,error:``});j(()=>{let t=!0,r=new Date(e+`-01T00:00:00Z`),i=new Date(Date.UTC(r.getUTCFullYear(),r.getUTCMonth()+1,1));return(async()=>{let e=[],a=null;for(let o=0;o<10;o++){let o=await Kt(Or,{from:r.toISOString(),to:i.toISOString(),after:a});if(o.data.conversations.edges?.forEach(t=>t?.node&&e.push(t.node)),!t)return;if(n({convs:[...e],total:o.data.conversations.totalCount,follow:o.data.followUps,asOf:o.asOf,error:``}),!o.data.conversations.pageInfo.hasNextPage)break;a=o.data.conversations.pageInfo.endCursor??null}})().catch(e=>t&&n(t=>({...t,error:String(e.message??e)}))),()=>{t=!1}},[e]);let r=e=>{let n=new Map;for(let r of t.convs)for(let t of e(r))n.set(t,[...n.get(t)??[],r]);return[...n.entries()].sort((e,t)=>t[1].length-e[1].length||e[0].localeCompare(t[0]))},i=r(e=>e.customers.edges?.flatMap(e=>e?.node?[e.node.name]:[])??[]),a=r(e=>[...new Set(e.customers.edges?.map(e=>e?.node?.segment||`No segment`))]),o=e=>M`<li><span class="muted">${Z(e.occurredAt)} · ${Q(e.mode)} · ${e.leader.name}${e.sentiment?` · `+Q(e.sentiment):``}</span>
    ${e.heard&&M`<p class="text">“${e.heard}”</p>`}${e.painPoints&&M`<p class="text"><em>Pain points:</em> ${e.painPoints}</p>`}</li>`;return M`<${$} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${e}</h1>
    ${t.error&&M`<p class="error" role="alert">${t.error}</p>`}
    ${t.asOf&&M`<p class="asof">Offline: as of ${_n(t.asOf)}</p>`}
    <p class="muted">${t.convs.length} of ${t.total} conversation(s) in the month.</p>
    <button type="button" class="secondary noprint" onClick=${()=>print()}>Print</button>
    <h2>By customer</h2>
    ${i.map(([e,t])=>M`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3><ul class="said">${t.map(o)}</ul></section>`)}
    <h2>By segment</h2>
    ${a.map(([e,t])=>M`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3>
      <p>${t.filter(e=>e.painPoints).length} with pain points; sentiment: ${[`VERY_POSITIVE`,`POSITIVE`,`NEUTRAL`,`NEGATIVE`,`VERY_NEGATIVE`].map(e=>`${Q(e).toLowerCase()} ${t.filter(t=>t.sentiment===e).length}`).join(`, `)}</p></section>`)}
    <h2>Open follow-ups</h2>
    ${t.follow&&M`<p class="muted">${t.follow.totalCount} open.</p><ul class="list">
      ${t.follow.edges?.map(e=>e?.node&&M`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn?` · due `+Z(e.node.dueOn):``}${e.node.conversation?` · `+e.node.conversation.customers.edges?.map(e=>e?.node?.name).join(`, `):``}</span></li>`)}
    </ul>`}
  </${$}>`}function Mr({me:e,org:t,signOut:n}){let[r,i]=mn(),a=e.role===`ADMIN`,[o,s]=r;switch(j(()=>scrollTo(0,0),[o,s]),o){case`log`:return M`<${Mn} me=${e.id} />`;case`conversations`:return s?M`<${tr} id=${s} />`:M`<${er} me=${e.id} admin=${a} saved=${i.has(`saved`)} />`;case`decisions`:return s===`new`?M`<${dr} me=${e.id} />`:M`<${ur} me=${e.id} admin=${a} />`;case`champions`:return s===`nominate`?M`<${Bn} me=${e.id} />`:M`<${zn} me=${e.id} admin=${a} />`;case`commitments`:return M`<${Xn} />`;case`team`:if(!a)break;return s===`review`?M`<${jr} p=${i.get(`p`)??vn()} />`:M`<${Ar} />`;case`pending`:return M`<${pr} />`;case`more`:return M`<${mr} admin=${a} />`;case`settings`:return M`<${Er} me=${e.id} admin=${a} email=${e.email} org=${t} signOut=${n} />`}return M`<${Gn} month=${vn()} />`}function Nr(){let[e,t]=A(`loading`),[n,r]=A(null),i=location.pathname.match(/^\/invite\/(wi_[\w-]+)$/)?.[1];async function a(){let e=await Kt(Vn,{p:vn()});r({me:e.data.viewer,org:e.data.organization.name}),t(`in`),pn()}async function o(e){let n=await on,r=(await n.list()).length;if(!r||confirm(`${r} change(s) are not on the server yet and will be lost. Sign out anyway?`)){try{await ut(e)}catch{alert(`Signing out needs a connection: try again when online.`);return}await qt();for(let e of await n.list())await n.discard(e.id);location.hash=``,t(`out`)}}return j(()=>{st().then(e=>e?a():t(`out`),()=>a().catch(()=>t(`offline`)))},[]),e===`loading`?M`<p class="muted">Loading Walker…</p>`:e===`offline`?M`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`:e===`in`&&n?M`<${Mr} me=${n.me} org=${n.org} signOut=${o} />`:i?M`<${Yt} token=${i} done=${a} />`:M`<${Xt} done=${a} />`}fe(M`<${Nr} />`,document.getElementById(`app`)),`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`).catch(()=>{});